using ScoGraph.Api.Tests.Resolvers;
using ScoGraph.Api.Tests.Support;

namespace ScoGraph.Api.Tests.Reachability;

/// <summary>The Shanghai Five (1996–2000) is the SCO's forerunner: its summits are not SCO summits and its members moved on, not out.</summary>
[Collection(SeededServerCollection.Name)]
public sealed class ShanghaiFiveSpecs(SeededServerFixture fixture)
{
    private readonly ApiServer _server = fixture.Server;

    [Fact]
    public async Task There_were_25_SCO_summits_and_5_Shanghai_Five_summits()
    {
        var data = (await _server.QueryAsync("""
            { sco: meetings(where: {kind: [HEADS_OF_STATE]}, first: 100) { totalCount nodes { period { start } } }
              five: meetings(where: {kind: [SHANGHAI_FIVE_SUMMIT]}) { totalCount } }
            """)).Data();
        Assert.Equal(25, data.At("sco", "totalCount").GetInt32());
        Assert.Equal("2001-06-14", data.At("sco", "nodes", 0, "period", "start").GetString());
        Assert.Equal(5, data.At("five", "totalCount").GetInt32());
    }

    [Fact]
    public async Task China_moved_from_the_Shanghai_Five_to_the_SCO_rather_than_leaving()
    {
        var data = (await _server.QueryAsync("""
            { timeline(id: "CHN", from: "2001-06-15", to: "2001-06-15") { summary }
              organization: node(id: "shanghai-five") { ... on Organization { succeededBy { id } } } }
            """)).Data();
        var summaries = data.At("timeline").Texts("summary");
        Assert.DoesNotContain(summaries, s => s.Contains("left", StringComparison.Ordinal));
        Assert.Contains("China moved from the Shanghai Five to its successor, the SCO", summaries);
        Assert.Equal("sco", data.At("organization", "succeededBy", "id").GetString());
    }
}
