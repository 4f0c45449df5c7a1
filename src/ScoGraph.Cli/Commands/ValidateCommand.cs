using System.CommandLine;
using ScoGraph.Cli.Output;
using ScoGraph.Cli.Stores;
using ScoGraph.Domain.Import.Bulk;

namespace ScoGraph.Cli.Commands;

/// <summary>
/// <c>scograph validate FILE...</c>: every problem of the files in one run (syntax, fields, duplicates, references,
/// periods), with file, line and field path. Offline by default (references must be defined in the files); with a
/// store, ids it holds count as defined.
/// </summary>
public static class ValidateCommand
{
    public static Command Create(CliContext context)
    {
        var common = new CommonOptions();
        var files = new Argument<string[]>("FILE") { Description = "JSON Lines files in the import format, or - for standard input.", Arity = ArgumentArity.ZeroOrMore };
        var command = new Command("validate", "Check import files and report every problem; writes nothing.") { files };
        common.AddStoreOptions(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var inputs = InputFiles.Check(parse.GetValue(files));
            var selection = common.Store(parse, context.Settings);
            // Explicit store options only: validate stays offline unless asked (the environment names the server's store).
            var useStore = parse.GetValue(common.Sqlite) is not null || parse.GetValue(common.Neo4j) is not null;
            await using var open = useStore ? await StoreFactory.OpenAsync(selection, cancellationToken) : new OpenStore(new OfflineStore(), null);
            await using var input = InputFiles.Open(inputs);
            var options = new BulkImportOptions { DryRun = true, Mode = ImportMode.ContinueOnError, MaxErrors = 10_000 };
            var summary = await Consoles.WithProgressAsync(context, input.Length, sink =>
                new BulkImporter(open.Store, options) { OnProgress = sink.Report }.ImportAsync(input, cancellationToken));
            SummaryWriter.WriteErrors(context.Error, summary.Errors, summary.ErrorCount, input.Locate);
            await context.Out.WriteLineAsync(summary.Succeeded
                ? $"valid: {summary.Lines} lines, no problem"
                : $"invalid: {summary.ErrorCount} problem(s) in {summary.Lines} lines");
            return SummaryWriter.ExitCode(summary);
        });
        return command;
    }
}
