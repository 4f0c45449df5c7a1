using ScoGraph.Api.Tests.Support;

namespace ScoGraph.Api.Tests.Resolvers;

[Collection(SeededServerCollection.Name)]
public sealed class OfficeHolderSpecs(SeededServerFixture fixture)
{
    private readonly ApiServer _server = fixture.Server;

    [Fact]
    public async Task Rashid_Alimov_was_Secretary_General_on_1_March_2017_for_certain()
    {
        var data = (await _server.QueryAsync("""
            { officeHolders(post: "sco-secretary-general", asOf: "2017-03-01") { official { id name } post { id } period { start end } certainty sources { title } } }
            """)).Data();
        var holder = Assert.Single(data.At("officeHolders").EnumerateArray());
        Assert.Equal("rashid-alimov", holder.At("official", "id").GetString());
        Assert.Equal("sco-secretary-general", holder.At("post", "id").GetString());
        Assert.Equal("CERTAIN", holder.At("certainty").GetString());
        Assert.True(holder.At("sources").GetArrayLength() > 0);
    }

    [Fact]
    public async Task Nurlan_Yermekbayev_holds_the_post_on_1_January_2026()
    {
        var data = (await _server.QueryAsync("""{ officeHolders(post: "sco-secretary-general", asOf: "2026-01-01") { official { id } } }""")).Data();
        Assert.Equal(["nurlan-yermekbayev"], data.At("officeHolders").Texts("official", "id"));
    }

    [Fact]
    public async Task Without_a_date_every_Secretary_General_is_listed_oldest_first_and_certain()
    {
        var data = (await _server.QueryAsync("""{ officeHolders(post: "sco-secretary-general") { official { id } period { start } certainty } }""")).Data();
        var holders = data.At("officeHolders");
        Assert.Equal(8, holders.GetArrayLength());
        var starts = holders.Texts("period", "start");
        Assert.Equal(starts.Order(StringComparer.Ordinal), starts);
        Assert.Equal("rashid-alimov", holders.Texts("official", "id")[4]);
        Assert.All(holders.EnumerateArray(), h => Assert.Equal("CERTAIN", h.At("certainty").GetString()));
    }

    [Fact]
    public async Task A_post_lists_its_holders_and_an_official_their_tenures()
    {
        var data = (await _server.QueryAsync("""
            { node(id: "sco-secretary-general") { ... on Post { title organization { id } holders(asOf: "2017-03-01") { official { name } } } }
              official: node(id: "rashid-alimov") { ... on Official { nationality { iso3 } tenures { post { id } } } } }
            """)).Data();
        Assert.Equal("sco-secretariat", data.At("node", "organization", "id").GetString());
        Assert.Equal(["Rashid Alimov"], data.At("node", "holders").Texts("official", "name"));
        Assert.Equal("TJK", data.At("official", "nationality", "iso3").GetString());
        Assert.Contains("sco-secretary-general", data.At("official", "tenures").Texts("post", "id"));
    }

    [Fact]
    public async Task Imanaliyev_only_possibly_held_the_post_in_mid_2012_because_his_tenure_ends_in_an_unspecified_day_of_2012()
    {
        var data = (await _server.QueryAsync("""
            { any: officeHolders(post: "sco-secretary-general", asOf: "2012-06-01") { id period { end } certainty }
              certain: officeHolders(post: "sco-secretary-general", asOf: "2012-06-01", certainty: CERTAIN) { id } }
            """)).Data();
        var holder = Assert.Single(data.At("any").EnumerateArray());
        Assert.Equal("muratbek-imanaliyev-sco-secretary-general", holder.At("id").GetString());
        Assert.Equal("2012", holder.At("period", "end").GetString());
        Assert.Equal("POSSIBLE", holder.At("certainty").GetString());
        Assert.Empty(data.At("certain").EnumerateArray());
    }

    [Fact]
    public async Task Certainty_CERTAIN_keeps_a_tenure_that_surely_held()
    {
        var data = (await _server.QueryAsync("""
            { officeHolders(post: "sco-secretary-general", asOf: "2017-03-01", certainty: CERTAIN) { id certainty } }
            """)).Data();
        var holder = Assert.Single(data.At("officeHolders").EnumerateArray());
        Assert.Equal("rashid-alimov-sco-secretary-general", holder.At("id").GetString());
        Assert.Equal("CERTAIN", holder.At("certainty").GetString());
    }

    [Fact]
    public async Task An_unknown_post_is_a_clear_error()
    {
        var response = await _server.QueryAsync("""{ officeHolders(post: "nope") { official { id } } }""");
        Assert.Equal(["No entity with id 'nope'."], response.ErrorMessages());
    }
}
