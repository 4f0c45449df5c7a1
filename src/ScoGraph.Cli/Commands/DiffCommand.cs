using System.CommandLine;
using ScoGraph.Cli.Output;
using ScoGraph.Cli.Stores;
using ScoGraph.Domain.Import.Bulk;
using ScoGraph.Domain.Ports;

namespace ScoGraph.Cli.Commands;

/// <summary>
/// <c>scograph diff FILE...</c>: what importing the files into a store would do, line by line: create, change (a new
/// version) or leave unchanged. Nothing is written.
/// </summary>
public static class DiffCommand
{
    public static Command Create(CliContext context)
    {
        var common = new CommonOptions();
        var files = new Argument<string[]>("FILE") { Description = "JSON Lines files in the import format, or - for standard input.", Arity = ArgumentArity.ZeroOrMore };
        var showUnchanged = new Option<bool>("--unchanged") { Description = "Also list the unchanged lines." };
        var command = new Command("diff", "Say what an import would create, change or leave unchanged; writes nothing.") { files, showUnchanged };
        common.AddStoreOptions(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var inputs = InputFiles.Check(parse.GetValue(files));
            var selection = common.Store(parse, context.Settings);
            if (selection.IsEmpty) throw CliException.Usage("name the store to compare with: --sqlite PATH or --neo4j URI");
            await using var open = await StoreFactory.OpenAsync(selection, cancellationToken);
            await using var input = InputFiles.Open(inputs);
            var listUnchanged = parse.GetValue(showUnchanged);
            var options = new BulkImportOptions { DryRun = true, Mode = ImportMode.ContinueOnError, ReportLineOutcomes = true };
            var importer = new BulkImporter(open.Store, options)
            {
                OnBatch = async (batch, ct) =>
                {
                    foreach (var outcome in batch.Outcomes ?? [])
                    {
                        var word = Word(outcome.Outcome);
                        if (word == "unchanged" && !listUnchanged) continue;
                        await context.Out.WriteLineAsync($"{word,-9} {outcome.Id} ({input.Locate(outcome.Line)})");
                    }
                },
            };
            var summary = await importer.ImportAsync(input, cancellationToken);
            SummaryWriter.WriteErrors(context.Error, summary.Errors, summary.ErrorCount, input.Locate);
            await context.Out.WriteLineAsync($"{summary.Created} to create, {summary.Updated} to change, {summary.Unchanged} unchanged, {summary.ErrorCount} problem(s)");
            return SummaryWriter.ExitCode(summary);
        });
        return command;
    }

    private static string Word(WriteOutcome outcome) => outcome switch
    {
        WriteOutcome.Created => "create",
        WriteOutcome.Superseded => "change",
        WriteOutcome.Retracted => "retract",
        _ => "unchanged",
    };
}
