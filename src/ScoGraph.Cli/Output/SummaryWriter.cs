using System.Globalization;
using ScoGraph.Domain.Import;
using ScoGraph.Domain.Import.Bulk;
using Spectre.Console;

namespace ScoGraph.Cli.Output;

/// <summary>The end of an import: every problem with its place (to the error stream), then a summary table.</summary>
public static class SummaryWriter
{
    public static void Write(CliContext context, BulkImportSummary summary, Func<int, string> locate, string title)
    {
        WriteErrors(context.Error, summary.Errors, summary.ErrorCount, locate);
        // A server shutdown is not a problem of the input: say what to re-run instead.
        if (summary is { StoppedForShutdown: true, NotImportedFromLine: { } from, NotImportedToLine: { } to })
            context.Error.WriteLine($"the server stopped for shutdown: {locate(from)} to {locate(to)} not imported; run the same import again to finish");
        var table = new Table().Title(title).AddColumn("").AddColumn(new TableColumn("count").RightAligned());
        void Row(string name, string value) => table.AddRow(Markup.Escape(name), Markup.Escape(value));
        var n = CultureInfo.InvariantCulture;
        Row(summary.DryRun ? "would create" : "created", summary.Created.ToString("N0", n));
        Row(summary.DryRun ? "would add new versions" : "new versions", summary.Updated.ToString("N0", n));
        Row("unchanged", summary.Unchanged.ToString("N0", n));
        Row("rejected lines", summary.RejectedLines.ToString("N0", n));
        if (summary.SkippedLines > 0)
            Row(summary.StoppedForShutdown ? "not written (the server stopped)" : "not written (after a rejected batch)", summary.SkippedLines.ToString("N0", n));
        Row("problems", summary.ErrorCount.ToString("N0", n));
        Row("batches committed / rejected", $"{summary.CommittedBatches.ToString("N0", n)} / {summary.RejectedBatches.ToString("N0", n)}");
        Row("lines", summary.Lines.ToString("N0", n));
        Row("facts", summary.Facts.ToString("N0", n));
        Row("time", summary.Elapsed.TotalSeconds.ToString("0.00 s", n));
        Row("rate", $"{summary.LinesPerSecond.ToString("N0", n)} lines/s, {summary.FactsPerSecond.ToString("N0", n)} facts/s");
        Consoles.Over(context.Out, context.Interactive).Write(table);
    }

    public static void WriteErrors(TextWriter writer, IReadOnlyList<ImportError> errors, int total, Func<int, string> locate)
    {
        foreach (var error in errors)
            writer.WriteLine(string.IsNullOrEmpty(error.Field)
                ? $"{locate(error.Line)}: {error.Message}"
                : $"{locate(error.Line)}: field \"{error.Field}\": {error.Message}");
        if (total > errors.Count) writer.WriteLine($"… and {total - errors.Count} more problem(s)");
    }

    /// <summary>Names a rejected batch as it happens (its problems follow in the summary).</summary>
    public static void WriteRejected(TextWriter writer, BatchReport batch, Func<int, string> locate)
    {
        if (batch.Status != BatchStatus.Rejected) return;
        writer.WriteLine($"batch {batch.Number} ({locate(batch.FirstLine)} to {locate(batch.LastLine)}, {batch.Lines} lines): rejected with {batch.Errors.Count} problem(s); nothing of it written");
    }

    /// <summary>The exit code an import's outcome means.</summary>
    public static int ExitCode(BulkImportSummary summary) => summary.Succeeded ? ExitCodes.Success : ExitCodes.LinesRejected;
}
