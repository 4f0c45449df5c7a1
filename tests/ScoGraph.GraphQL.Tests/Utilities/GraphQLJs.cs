using System.Diagnostics;
using System.Text.Json;

namespace ScoGraph.GraphQL.Tests.TypeSystem;

/// <summary>
/// Runs graphql-js (the oracle, from <c>tests/tools/node_modules</c>) on a schema in SDL, so the type-system
/// specs compare our output with the reference implementation's rather than with hand-written expectations.
/// </summary>
internal static class GraphQLJs
{
    private static readonly Lazy<string> ToolsDirectory = new(FindToolsDirectory);

    /// <summary>graphql-js <c>printSchema(buildSchema(sdl))</c>.</summary>
    public static string PrintSchema(string sdl) => Run("""
        const { buildSchema, printSchema } = require('graphql');
        out(printSchema(buildSchema(input.sdl)));
        """, new { sdl });

    /// <summary>The JSON of <c>graphqlSync</c> running <paramref name="query"/> against <c>buildSchema(sdl)</c> (no root value).</summary>
    public static string Execute(string sdl, string query) => Run("""
        const { buildSchema, graphqlSync } = require('graphql');
        out(JSON.stringify(graphqlSync({ schema: buildSchema(input.sdl), source: input.query })));
        """, new { sdl, query });

    /// <summary>
    /// The problems graphql-js reports for the SDL, as <c>message @ line:column, ...</c>: <c>validateSDL</c>'s when
    /// there are any, else <c>validateSchema</c>'s after building; a build error as its bare message.
    /// </summary>
    public static string[] SchemaProblems(string sdl) => Run("""
        const { parse, buildASTSchema, validateSchema } = require('graphql');
        const { validateSDL } = require('graphql/validation/validate');
        const show = e => e.message + (e.locations ? ' @ ' + e.locations.map(l => l.line + ':' + l.column).join(', ') : '');
        let errors;
        try {
          const document = parse(input.sdl);
          errors = validateSDL(document).map(show);
          if (errors.length === 0) errors = validateSchema(buildASTSchema(document, { assumeValidSDL: true })).map(show);
        } catch (e) { errors = [show(e)]; }
        out(JSON.stringify(errors));
        """, new { sdl }) is var json ? JsonSerializer.Deserialize<string[]>(json)! : [];

    /// <summary>Our problem in the same shape as <see cref="SchemaProblems"/>.</summary>
    public static string Show(ScoGraph.GraphQL.Execution.GraphQLError error) =>
        error.Message + (error.Locations is { Count: > 0 } locations
            ? " @ " + string.Join(", ", locations.Select(l => $"{l.Line}:{l.Column}"))
            : "");

    /// <summary>Runs a script with <c>out(text)</c> available; returns what it printed.</summary>
    public static string RunScript(string script) => Run(script, new { });

    private static string Run(string script, object input)
    {
        var program = "const input = JSON.parse(require('fs').readFileSync(0, 'utf8'));\n" +
                      "const out = s => process.stdout.write(s);\n" + script;
        var start = new ProcessStartInfo("node", ["-e", program])
        {
            WorkingDirectory = ToolsDirectory.Value,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node.");
        process.StandardInput.Write(JsonSerializer.Serialize(input));
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException("graphql-js failed: " + stderr.Result);
        return stdout.Result;
    }

    private static string FindToolsDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "tools");
            if (Directory.Exists(Path.Combine(candidate, "node_modules", "graphql"))) return candidate;
        }
        throw new InvalidOperationException("tests/tools/node_modules/graphql is missing: run `npm ci` in tests/tools.");
    }
}
