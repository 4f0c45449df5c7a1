using ScoGraph.Api.Tests.Resolvers;
using ScoGraph.Api.Tests.Support;

namespace ScoGraph.Api.Tests.Reachability;

/// <summary>
/// Facts that are really tenures, party relations or exact terms are stored as such, so the typed fields answer them
/// (before, they were claims or year-precision terms the typed fields could not use).
/// </summary>
[Collection(SeededServerCollection.Name)]
public sealed class TypedFactSpecs(SeededServerFixture fixture)
{
    private readonly ApiServer _server = fixture.Server;

    [Fact]
    public async Task Tokayev_was_Kazakhstans_foreign_minister_in_June_2006()
    {
        var data = (await _server.QueryAsync("""
            { officeHolders(post: "kaz-foreign-minister", asOf: "2006-06-01") { official { id } certainty citations { source { publisher } } } }
            """)).Data();
        var holder = Assert.Single(data.At("officeHolders").EnumerateArray());
        Assert.Equal("kassym-jomart-tokayev", holder.At("official", "id").GetString());
        Assert.Equal("CERTAIN", holder.At("certainty").GetString());
    }

    [Fact]
    public async Task Nurgaliyev_certainly_held_the_Secretary_General_post_on_1_March_2007()
    {
        var data = (await _server.QueryAsync("""
            { officeHolders(post: "sco-secretary-general", asOf: "2007-03-01", certainty: CERTAIN) { official { id } period { start } } }
            """)).Data();
        var holder = Assert.Single(data.At("officeHolders").EnumerateArray());
        Assert.Equal("bolat-nurgaliyev", holder.At("official", "id").GetString());
        Assert.Equal("2007-01-01", holder.At("period", "start").GetString());
    }

    [Fact]
    public async Task Mezentsevs_term_is_known_to_the_day()
    {
        var data = (await _server.QueryAsync("""
            { node(id: "dmitry-mezentsev-sco-secretary-general") { ... on Tenure { period { start end precision } } } }
            """)).Data();
        Assert.Equal("2013-01-01", data.At("node", "period", "start").GetString());
        Assert.Equal("2015-12-31", data.At("node", "period", "end").GetString());
        Assert.Equal("DAY", data.At("node", "period", "precision").GetString());
    }

    [Fact]
    public async Task Pakistan_is_a_party_to_the_Charter_and_the_Shanghai_Convention_it_acceded_to()
    {
        var data = (await _server.QueryAsync("""
            { agreements(where: {party: "PAK"}, first: 50) { nodes { id } } }
            """)).Data();
        var ids = data.At("agreements", "nodes").Texts("id");
        Assert.Contains("sco-charter", ids);
        Assert.Contains("shanghai-convention", ids);
    }
}
