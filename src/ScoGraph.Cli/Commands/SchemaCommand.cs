using System.CommandLine;

namespace ScoGraph.Cli.Commands;

/// <summary><c>scograph schema</c>: the GraphQL SDL the server serves (or, with <c>--import</c>, the import line JSON Schema).</summary>
public static class SchemaCommand
{
    public static Command Create(CliContext context)
    {
        var import = new Option<bool>("--import") { Description = "Print the JSON Schema of one import line instead (schema/import.schema.json)." };
        var command = new Command("schema", "Print the GraphQL schema (SDL) of the ScoGraph API.") { import };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var name = parse.GetValue(import) ? "ScoGraph.Cli.import.schema.json" : "ScoGraph.Cli.scograph.graphql";
            await using var stream = typeof(SchemaCommand).Assembly.GetManifestResourceStream(name)
                ?? throw new InvalidOperationException($"the resource {name} is not embedded; rebuild ScoGraph.Cli");
            using var reader = new StreamReader(stream);
            await context.Out.WriteAsync(await reader.ReadToEndAsync(cancellationToken));
            await context.Out.FlushAsync(cancellationToken);
            return ExitCodes.Success;
        });
        return command;
    }
}
