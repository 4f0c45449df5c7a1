using ScoGraph.Api.Tests.Support;
using ScoGraph.Storage.Neo4j.Testing;

namespace ScoGraph.Api.Tests.OnNeo4j;

/// <summary>
/// When Neo4j goes away, queries say so (<c>STORE_UNAVAILABLE</c>) instead of failing obscurely, and they work again once
/// it is back, without restarting ScoGraph.
/// </summary>
[Collection(Neo4jApiCollection.Name)]
public sealed class Neo4jOutageSpecs
{
    private const string Query = """{ state(iso3: "IND") { name } }""";

    [Neo4jFact]
    public async Task Queries_answer_STORE_UNAVAILABLE_while_Neo4j_is_unreachable_and_recover_when_it_is_back()
    {
        var neo4j = await Neo4jTestServer.OptionsAsync();
        await Neo4jTestDatabase.WipeAsync(neo4j);
        await using var relay = new LoopbackRelay(neo4j.Uri);
        await using var server = await Neo4jApiServer.StartOverAsync(neo4j with { Uri = new Uri($"http://127.0.0.1:{relay.Port}") });
        Assert.Equal("India", (await server.QueryAsync(Query)).Data().At("state", "name").GetString());

        await relay.CutAsync();
        var during = await server.QueryAsync(Query);

        var error = Assert.Single(during.GetProperty("errors").EnumerateArray());
        Assert.Equal("STORE_UNAVAILABLE", error.At("extensions", "code").GetString());
        Assert.DoesNotContain("Exception", error.GetProperty("message").GetString());

        relay.Restore();
        Assert.Equal("India", (await server.QueryAsync(Query)).Data().At("state", "name").GetString());
    }
}
