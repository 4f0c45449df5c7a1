using System.Text.Json.Nodes;
using ScoGraph.GraphQL.Execution;
using ScoGraph.GraphQL.Language;
using ScoGraph.GraphQL.Tests.Support;
using ScoGraph.GraphQL.Types;
using ScoGraph.GraphQL.Utilities;

namespace ScoGraph.GraphQL.Tests.TypeSystem;

/// <summary>The project's real schemas (the served SDL and the differential corpus schemas) against graphql-js.</summary>
public class RealSchemaSpecs
{
    public static TheoryData<string> SchemaFiles => new()
    {
        "schema/scograph.graphql",
        "tests/ScoGraph.GraphQL.Tests/Differential/Corpus/schemas/library.graphql",
        "tests/ScoGraph.GraphQL.Tests/Differential/Corpus/schemas/starwars.graphql",
    };

    private static string Read(string relativePath)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relativePath);
            if (File.Exists(candidate) && Directory.Exists(Path.Combine(dir.FullName, "tests"))) return File.ReadAllText(candidate);
        }
        throw new FileNotFoundException($"{relativePath} not found above {AppContext.BaseDirectory}.");
    }

    [Theory]
    [MemberData(nameof(SchemaFiles))]
    public void The_printed_schema_is_graphql_js_printSchema(string file)
    {
        var sdl = Read(file);
        Assert.Equal(GraphQLJs.PrintSchema(sdl), SchemaPrinter.Print(SchemaBuilder.FromSdl(sdl).Build()));
    }

    [Theory]
    [MemberData(nameof(SchemaFiles))]
    public async Task The_full_introspection_result_is_graphql_js_result(string file)
    {
        var sdl = Read(file);
        var schema = SchemaBuilder.FromSdl(sdl).Build();
        var ours = ResultJson.Text(await Executor.ExecuteAsync(new ExecutionArgs(schema, Parser.Parse(IntrospectionQuery.Full))));
        var expected = GraphQLJs.Execute(sdl, IntrospectionQuery.Full);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(ours)), "introspection results differ");
        Assert.Equal(expected, ours);
    }
}
