using ScoGraph.Api.Tests.Resolvers;
using ScoGraph.Api.Tests.Support;

namespace ScoGraph.Api.Tests.Reachability;

/// <summary>Filters take what an analyst types: names, aliases and former city names, not only ids.</summary>
[Collection(SeededServerCollection.Name)]
public sealed class NameFilterSpecs(SeededServerFixture fixture)
{
    private readonly ApiServer _server = fixture.Server;

    [Theory]
    [InlineData("Kyrgyzstan")]
    [InlineData("kyrgyz republic")]
    [InlineData("kgz")]
    public async Task The_host_filter_accepts_a_name_an_alias_or_a_code(string host)
    {
        var data = (await _server.QueryAsync("""
            query($host: String) { meetings(where: {host: $host, kind: [HEADS_OF_STATE]}) { nodes { id } } }
            """, new { host })).Data();
        Assert.Equal(["2007-bishkek-summit", "2013-bishkek-summit", "2019-bishkek-summit"], data.At("meetings", "nodes").Texts("id"));
    }

    [Fact]
    public async Task The_participant_filter_accepts_a_name_as_well_as_an_id()
    {
        var data = (await _server.QueryAsync("""
            { byName: meetings(where: {participant: "India"}) { nodes { id } }
              byId: meetings(where: {participant: "IND"}) { nodes { id } } }
            """)).Data();
        Assert.NotEmpty(data.At("byId", "nodes").EnumerateArray());
        Assert.Equal(data.At("byId", "nodes").Texts("id"), data.At("byName", "nodes").Texts("id"));
    }

    [Fact]
    public async Task A_former_city_name_finds_the_meetings_recorded_under_the_current_one()
    {
        var data = (await _server.QueryAsync("""
            { old: meetings(where: {city: "Alma-Ata"}) { nodes { id city } }
              now: meetings(where: {city: "Almaty"}) { nodes { id } } }
            """)).Data();
        Assert.Contains("2007-almaty-sco-forum", data.At("old", "nodes").Texts("id"));
        Assert.Equal(data.At("now", "nodes").Texts("id"), data.At("old", "nodes").Texts("id"));
    }

    [Fact]
    public async Task Every_state_has_aliases()
    {
        var data = (await _server.QueryAsync("""{ states(first: 100) { nodes { id aliases } } }""")).Data();
        Assert.All(data.At("states", "nodes").EnumerateArray(), s => Assert.True(s.At("aliases").GetArrayLength() > 0, s.At("id").GetString()));
    }
}
