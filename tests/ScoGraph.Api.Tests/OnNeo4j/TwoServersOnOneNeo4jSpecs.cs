using System.Globalization;
using ScoGraph.Api.Tests.Mutations;
using ScoGraph.Api.Tests.Support;
using ScoGraph.Storage.Neo4j.Testing;

namespace ScoGraph.Api.Tests.OnNeo4j;

/// <summary>
/// Stateless API servers in front of one Neo4j database is how ScoGraph scales out: whatever one instance writes the
/// other reads at once, and knowledge time stays one strictly increasing sequence across both, because nothing that
/// correctness depends on lives in one process.
/// </summary>
[Collection(Neo4jApiCollection.Name)]
public sealed class TwoServersOnOneNeo4jSpecs
{
    private const int WritesPerServer = 20;

    [Neo4jFact]
    public async Task Concurrent_writes_through_two_servers_get_distinct_increasing_knowledge_times_and_both_see_all()
    {
        await using var first = await Neo4jApiServer.StartFreshAsync();
        await using var second = await Neo4jApiServer.StartOverAsync(await Neo4jTestServer.OptionsAsync(), new ApiServerOptions { Seed = false });

        // Both servers correct the same source again and again, and each adds sources of its own, at the same time.
        async Task WriteThrough(ApiServer server, string name)
        {
            for (var i = 0; i < WritesPerServer; i++)
            {
                var lines = string.Join("\n",
                    $$"""{"type":"source","id":"shared-page","title":"written by {{name}} #{{i}}"}""",
                    $$"""{"type":"source","id":"{{name}}-page-{{i}}","title":"{{name}} zqx-page {{i}}"}""");
                var payload = await server.MutateAsync(MutationDocuments.ImportFacts, new { lines }, "importFacts");
                payload.AssertNoErrors();
            }
        }
        await Task.WhenAll(Task.Run(() => WriteThrough(first, "first")), Task.Run(() => WriteThrough(second, "second")));

        var history = await first.HistoryAsync("shared-page");
        Assert.Equal(2 * WritesPerServer, history.Length);
        var recorded = history.Select(v => DateTimeOffset.Parse(v.GetProperty("recordedAt").GetString()!, CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(recorded.Order().ToArray(), recorded);
        Assert.Equal(recorded.Length, recorded.Distinct().Count());
        // Every version but the newest was retracted exactly when the next one was recorded.
        for (var i = 0; i + 1 < history.Length; i++)
            Assert.Equal(recorded[i + 1], DateTimeOffset.Parse(history[i].GetProperty("retractedAt").GetString()!, CultureInfo.InvariantCulture));

        foreach (var server in new[] { first, second })
        {
            var count = (await server.QueryAsync("""{ sources(where: { text: "zqx-page" }) { totalCount } }""")).Data().At("sources", "totalCount").GetInt32();
            Assert.Equal(2 * WritesPerServer, count);
        }
    }
}
