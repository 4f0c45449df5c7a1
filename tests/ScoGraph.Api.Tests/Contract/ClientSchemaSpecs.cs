using System.Text.Json;
using ScoGraph.Api.Tests.Support;

namespace ScoGraph.Api.Tests.Contract;

/// <summary>
/// What a client's code generator sees: graphql-js (the oracle, pinned in tests/tools/package.json) builds a client
/// schema from our introspection result and prints exactly schema/scograph.graphql.
/// </summary>
public sealed class ClientSchemaSpecs(SeededServerFixture fixture) : IClassFixture<SeededServerFixture>
{
    private const string Script = "api/print-client-schema.mjs";

    [Fact]
    public async Task GraphQL_js_prints_the_schema_file_from_our_introspection_result()
    {
        var introspectionQuery = await NodeScript.RunAsync(Script, ["--query"]);
        var result = await fixture.Server.QueryAsync(introspectionQuery);
        Assert.False(result.TryGetProperty("errors", out var errors), $"introspection failed: {errors}");

        var printed = await NodeScript.RunAsync(Script, [], result.GetRawText());
        var file = await File.ReadAllTextAsync(RepositoryFiles.SchemaFile);

        Assert.True(printed == file,
            "printSchema(buildClientSchema(our introspection)) differs from schema/scograph.graphql; " +
            TextDifference.Describe(file, printed));
    }

    [Fact]
    public async Task The_introspection_result_names_the_root_types_of_the_contract()
    {
        var result = await fixture.Server.QueryAsync(
            "{ __schema { queryType { name } mutationType { name } subscriptionType { name } } }");
        var schema = result.GetProperty("data").GetProperty("__schema");

        Assert.Equal("Query", schema.GetProperty("queryType").GetProperty("name").GetString());
        Assert.Equal("Mutation", schema.GetProperty("mutationType").GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, schema.GetProperty("subscriptionType").ValueKind);
    }
}
