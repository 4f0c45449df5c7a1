using ScoGraph.Api.Tests.Resolvers;
using ScoGraph.Api.Tests.Support;

namespace ScoGraph.Api.Tests.Reachability;

/// <summary>Every claim the store holds can be asked for: by subject, predicate and source, paged, at a knowledge time, and per entity.</summary>
[Collection(SeededServerCollection.Name)]
public sealed class ClaimSpecs(SeededServerFixture fixture)
{
    private readonly ApiServer _server = fixture.Server;

    [Fact]
    public async Task Claims_are_listed_by_subject_and_predicate_with_their_values_and_quotes()
    {
        var data = (await _server.QueryAsync("""
            { claims(subject: "sco-road-transport-agreement", predicate: "entryIntoForce") {
                nodes { predicate value subject { id } citations { source { id } quote } } } }
            """)).Data();
        var claims = data.At("claims", "nodes");
        Assert.Equal(["2014", "2017-01-20"], claims.Texts("value").Order(StringComparer.Ordinal));
        Assert.All(claims.EnumerateArray(), c => Assert.Equal("sco-road-transport-agreement", c.At("subject", "id").GetString()));
        Assert.Contains("came into force on 20 January 2017",
            claims.EnumerateArray().SelectMany(c => c.At("citations").Texts("quote")));
    }

    [Fact]
    public async Task A_claim_that_conflicts_with_nothing_is_listed_too()
    {
        var data = (await _server.QueryAsync("""
            { claims(subject: "RUS", predicate: "scoChairmanship") { nodes { value } } }
            """)).Data();
        Assert.Equal(["2008-2009"], data.At("claims", "nodes").Texts("value"));
    }

    [Fact]
    public async Task Claims_citing_a_source_are_paged_and_each_cites_it()
    {
        var first = (await _server.QueryAsync("""
            { claims(source: "003_567ac5c925efd7a1", first: 3) { totalCount nodes { id sources { id } } pageInfo { hasNextPage endCursor } } }
            """)).Data().At("claims");
        Assert.True(first.At("totalCount").GetInt32() > 3);
        Assert.Equal(3, first.At("nodes").GetArrayLength());
        Assert.True(first.At("pageInfo", "hasNextPage").GetBoolean());
        Assert.All(first.At("nodes").EnumerateArray(), c => Assert.Contains("003_567ac5c925efd7a1", c.At("sources").Texts("id")));

        var second = (await _server.QueryAsync("""
            query($after: String) { claims(source: "003_567ac5c925efd7a1", first: 3, after: $after) { nodes { id } } }
            """, new { after = first.At("pageInfo", "endCursor").GetString() })).Data().At("claims", "nodes");
        Assert.Empty(second.Texts("id").Intersect(first.At("nodes").Texts("id")));
    }

    [Fact]
    public async Task Before_the_dataset_was_recorded_there_were_no_claims()
    {
        var data = (await _server.QueryAsync("""
            { claims(subject: "RUS", knownAt: "2000-01-01T00:00:00Z") { nodes { id } } }
            """)).Data();
        Assert.Empty(data.At("claims", "nodes").EnumerateArray());
    }

    [Fact]
    public async Task Each_entity_lists_its_claims_and_a_claim_is_a_node()
    {
        var data = (await _server.QueryAsync("""
            { state(iso3: "RUS") { claims { id predicate value } }
              agreement: node(id: "sco-road-transport-agreement") { ... on Agreement { claims(predicate: "entryIntoForce") { value } } } }
            """)).Data();
        var chair = data.At("state", "claims").EnumerateArray().Single(c => c.At("predicate").GetString() == "scoChairmanship");
        Assert.Equal(["2014", "2017-01-20"], data.At("agreement", "claims").Texts("value"));

        var node = (await _server.QueryAsync("""query($id: ID!) { node(id: $id) { id ... on Claim { value subject { id } } } }""",
            new { id = chair.At("id").GetString() })).Data();
        Assert.Equal("2008-2009", node.At("node", "value").GetString());
        Assert.Equal("RUS", node.At("node", "subject", "id").GetString());
    }
}
