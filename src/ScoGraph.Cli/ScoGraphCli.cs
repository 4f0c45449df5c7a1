using System.CommandLine;
using ScoGraph.Cli.Commands;
using ScoGraph.Domain.Ports;

namespace ScoGraph.Cli;

/// <summary>The <c>scograph</c> command line: parses, runs one command, and turns every outcome into an exit code.</summary>
public static class ScoGraphCli
{
    public static RootCommand Create(CliContext context) => new("scograph: bulk import, export, validate and diff for ScoGraph (exit codes: 0 all imported, 1 lines rejected, 2 usage error, 3 server or store unreachable, 4 unauthorized).")
    {
        ImportCommand.Create(context),
        ExportCommand.Create(context),
        ValidateCommand.Create(context),
        DiffCommand.Create(context),
        SchemaCommand.Create(context),
    };

    public static async Task<int> RunAsync(string[] args, CliContext context, CancellationToken cancellationToken = default)
    {
        var parse = Create(context).Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors) await context.Error.WriteLineAsync($"scograph: {error.Message}");
            await context.Error.WriteLineAsync("Run 'scograph --help' (or 'scograph COMMAND --help') for usage.");
            return ExitCodes.UsageError;
        }
        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { Output = context.Out, Error = context.Error, EnableDefaultExceptionHandler = false }, cancellationToken);
        }
        catch (CliException e)
        {
            await context.Error.WriteLineAsync($"scograph: {e.Message}");
            return e.ExitCode;
        }
        catch (StoreUnavailableException e)
        {
            await context.Error.WriteLineAsync($"scograph: the store is unavailable: {e.Message}");
            return ExitCodes.Unreachable;
        }
    }
}
