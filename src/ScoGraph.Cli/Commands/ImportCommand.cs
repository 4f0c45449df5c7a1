using System.CommandLine;
using ScoGraph.Cli.Output;
using ScoGraph.Cli.Remote;
using ScoGraph.Cli.Stores;
using ScoGraph.Domain.Import.Bulk;

namespace ScoGraph.Cli.Commands;

/// <summary><c>scograph import FILE... | -</c>: into a running server (<c>--server</c>) or directly into a store.</summary>
public static class ImportCommand
{
    public static Command Create(CliContext context)
    {
        var common = new CommonOptions();
        var files = new Argument<string[]>("FILE") { Description = "JSON Lines files in the import format (.gz unpacked), or - for standard input.", Arity = ArgumentArity.ZeroOrMore };
        var batchSize = new Option<int>("--batch-size") { Description = "Lines per batch; each batch is one transaction.", DefaultValueFactory = _ => BulkImportOptions.DefaultBatchSize, HelpName = "N" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Check everything and count what would change; write nothing." };
        var allOrNothing = new Option<bool>("--all-or-nothing") { Description = "One transaction for the whole input: nothing is written if any line has a problem (holds the input in memory)." };
        var continueOnError = new Option<bool>("--continue-on-error") { Description = "Write every good batch; report the rejected ones. By default writing stops at the first rejected batch (checking goes on)." };
        var gzip = new Option<bool>("--gzip") { Description = "With --server: compress the upload." };

        var command = new Command("import", "Import JSON Lines into a ScoGraph server or store, batch by batch, with progress and a summary.") { files, batchSize, dryRun, allOrNothing, continueOnError, gzip };
        common.AddServerOptions(command);
        common.AddStoreOptions(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var inputs = InputFiles.Check(parse.GetValue(files));
            if (parse.GetValue(allOrNothing) && parse.GetValue(continueOnError))
                throw CliException.Usage("--all-or-nothing and --continue-on-error contradict each other; give one");
            var size = parse.GetValue(batchSize);
            if (size < 1) throw CliException.Usage("--batch-size must be at least 1");
            var options = new BulkImportOptions
            {
                BatchSize = size,
                DryRun = parse.GetValue(dryRun),
                Mode = parse.GetValue(allOrNothing) ? ImportMode.AllOrNothing
                    : parse.GetValue(continueOnError) ? ImportMode.ContinueOnError : ImportMode.StopOnError,
            };

            var (store, server) = common.Target(parse, context.Settings);
            if (server is not null) return await ViaServerAsync(context, server, common.Key(parse, context.Settings), options, parse.GetValue(gzip), inputs, cancellationToken);
            return await DirectAsync(context, store, options, inputs, cancellationToken);
        });
        return command;
    }

    private static async Task<int> DirectAsync(CliContext context, StoreSelection selection, BulkImportOptions options, IReadOnlyList<string> files, CancellationToken cancellationToken)
    {
        // This process does nothing else: memory for speed (the server decides for itself when it imports).
        options = options with { ProjectAhead = true, WriteWhileChecking = true };
        if (selection.IsEmpty) throw CliException.Usage("name where to import: --server URL, --sqlite PATH or --neo4j URI");
        await using var open = await StoreFactory.OpenAsync(selection, cancellationToken);
        await using var input = InputFiles.Open(files);
        var summary = await Consoles.WithProgressAsync(context, input.Length, sink =>
        {
            var importer = new BulkImporter(open.Store, options)
            {
                OnProgress = sink.Report,
                OnBatch = (batch, _) =>
                {
                    SummaryWriter.WriteRejected(context.Error, batch, input.Locate);
                    return ValueTask.CompletedTask;
                },
            };
            return importer.ImportAsync(input, cancellationToken);
        });
        SummaryWriter.Write(context, summary, input.Locate, $"import into {selection.Describe()}");
        return SummaryWriter.ExitCode(summary);
    }

    private static async Task<int> ViaServerAsync(CliContext context, Uri server, string? apiKey, BulkImportOptions options, bool gzip, IReadOnlyList<string> files, CancellationToken cancellationToken)
    {
        var (inputs, length) = InputFiles.ForUpload(files);
        var importer = new ServerImporter(server, apiKey, options, gzip)
        {
            OnBatch = SummaryWriter.WriteRejected,
            BodyLength = gzip ? null : InputFiles.UploadLength(files),
        };
        var (summary, locate) = await Consoles.WithProgressAsync(context, length, sink => importer.ImportAsync(inputs, length, sink, context.Error, cancellationToken));
        SummaryWriter.Write(context, summary, locate, $"import into {server}");
        return SummaryWriter.ExitCode(summary);
    }
}
