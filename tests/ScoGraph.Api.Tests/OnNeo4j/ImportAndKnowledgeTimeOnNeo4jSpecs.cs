using System.Text.Json;
using ScoGraph.Api.Hosting;
using ScoGraph.Api.Tests.Mutations;
using ScoGraph.Api.Tests.Support;
using ScoGraph.Storage.Neo4j.Testing;

namespace ScoGraph.Api.Tests.OnNeo4j;

/// <summary>Imports, corrections and knowledge time through the API, with Neo4j as the store.</summary>
[Collection(Neo4jApiCollection.Name)]
public sealed class ImportAndKnowledgeTimeOnNeo4jSpecs
{
    [Neo4jFact]
    public async Task The_shipped_dataset_imports_into_an_empty_database_and_a_second_run_changes_nothing()
    {
        await using var server = await Neo4jApiServer.StartFreshAsync(new ApiServerOptions { Seed = false });

        foreach (var (name, text) in EmbeddedFiles.DatasetFiles())
        {
            var lines = text.Split('\n').Count(line => !string.IsNullOrWhiteSpace(line));
            var first = await server.MutateAsync(MutationDocuments.ImportFacts, new { lines = text }, "importFacts");
            var second = await server.MutateAsync(MutationDocuments.ImportFacts, new { lines = text }, "importFacts");

            first.AssertNoErrors();
            Assert.True(first.GetProperty("committed").GetBoolean(), $"{name}: {first}");
            Assert.Equal(lines, first.GetProperty("created").GetInt32());
            Assert.Equal(lines, second.GetProperty("unchanged").GetInt32());
            Assert.Equal(0, second.GetProperty("created").GetInt32() + second.GetProperty("updated").GetInt32());
        }
        var india = (await server.QueryAsync("""{ state(iso3: "IND") { name status(asOf: "2020-01-01") } }""")).Data().GetProperty("state");
        Assert.Equal("MEMBER", india.GetProperty("status").GetString());
    }

    [Neo4jFact]
    public async Task A_broken_line_is_reported_on_its_line_and_nothing_of_the_batch_is_written()
    {
        await using var server = await Neo4jApiServer.StartFreshAsync();
        var lines = string.Join("\n",
            """{"type":"source","id":"neo4j-test-page","title":"Neo4j test page"}""",
            """{"type":"official","id":"neo4j-test-official","name":"Neo4j Test Official","nationality":"NOWHERE","sources":["neo4j-test-page"]}""");

        var payload = await server.MutateAsync(MutationDocuments.ImportFacts, new { lines }, "importFacts");

        Assert.False(payload.GetProperty("committed").GetBoolean());
        Assert.Contains(payload.GetProperty("errors").EnumerateArray(), e => e.GetProperty("message").GetString()!.Contains("NOWHERE"));
        Assert.Empty(await server.HistoryAsync("neo4j-test-page"));
    }

    [Neo4jFact]
    public async Task A_correction_keeps_the_old_version_which_knownAt_still_reads()
    {
        await using var server = await Neo4jApiServer.StartFreshAsync();
        var seededAt = (await server.HistoryAsync("IND")).Single().GetProperty("recordedAt").GetString();

        var corrected = await server.MutateAsync(MutationDocuments.ImportFacts,
            new { lines = """{"type":"state","id":"IND","name":"Republic of India","iso3":"IND","aliases":["Bharat"]}""" }, "importFacts");
        corrected.AssertNoErrors();

        var history = await server.HistoryAsync("IND");
        Assert.Equal(2, history.Length);
        Assert.Equal("superseded by revision 2", history[0].GetProperty("retractionReason").GetString());
        var now = (await server.QueryAsync("""{ state(iso3: "IND") { name } }""")).Data().At("state", "name").GetString();
        var then = (await server.QueryAsync($$"""{ state(iso3: "IND", knownAt: "{{seededAt}}") { name } }""")).Data().At("state", "name").GetString();
        var before = (await server.QueryAsync("""{ state(iso3: "IND", knownAt: "2000-01-01T00:00:00Z") { name } }""")).Data().At("state");
        Assert.Equal("Republic of India", now);
        Assert.Equal("India", then);
        Assert.Equal(JsonValueKind.Null, before.ValueKind);
    }
}
