using System.Text.Json;
using ScoGraph.Api.Tests.Support;

namespace ScoGraph.Api.Tests.Resolvers;

[Collection(SeededServerCollection.Name)]
public sealed class LookupSpecs(SeededServerFixture fixture)
{
    private readonly ApiServer _server = fixture.Server;

    [Fact]
    public async Task Node_fetches_any_entity_by_id_with_its_concrete_type()
    {
        var data = (await _server.QueryAsync("""
            { node(id: "2017-astana-summit") { __typename id ... on Meeting { title kind city host { iso3 } virtual period { start end precision isOngoing } decisions agreements { id } participants { participant { __typename } } } } }
            """)).Data();
        var meeting = data.At("node");
        Assert.Equal("Meeting", meeting.At("__typename").GetString());
        Assert.Equal("HEADS_OF_STATE", meeting.At("kind").GetString());
        Assert.Equal("Astana", meeting.At("city").GetString());
        Assert.Equal("KAZ", meeting.At("host", "iso3").GetString());
        Assert.False(meeting.At("virtual").GetBoolean());
        Assert.Equal("2017-06-08", meeting.At("period", "start").GetString());
        Assert.Equal("DAY", meeting.At("period", "precision").GetString());
        Assert.False(meeting.At("period", "isOngoing").GetBoolean());
        Assert.True(meeting.At("decisions").GetArrayLength() > 0);
        Assert.Contains("sco-convention-on-countering-extremism", meeting.At("agreements").Texts("id"));
    }

    [Fact]
    public async Task Nodes_keep_the_order_of_the_ids_and_give_null_for_unknown_ones()
    {
        var data = (await _server.QueryAsync("""{ nodes(ids: ["IND", "nope", "sco", "rashid-alimov"]) { __typename id } }""")).Data();
        var nodes = data.At("nodes");
        Assert.Equal("State", nodes.At(0, "__typename").GetString());
        Assert.Equal(JsonValueKind.Null, nodes.At(1).ValueKind);
        Assert.Equal("Organization", nodes.At(2, "__typename").GetString());
        Assert.Equal("Official", nodes.At(3, "__typename").GetString());
    }

    [Fact]
    public async Task An_unknown_state_or_node_is_null_without_an_error()
    {
        var response = await _server.QueryAsync("""{ state(iso3: "XXX") { name } node(id: "nope") { id } }""");
        Assert.Empty(response.ErrorMessages());
        Assert.Equal(JsonValueKind.Null, response.Data().At("state").ValueKind);
        Assert.Equal(JsonValueKind.Null, response.Data().At("node").ValueKind);
    }

    [Fact]
    public async Task The_state_lookup_ignores_the_case_of_the_iso_code()
    {
        var data = (await _server.QueryAsync("""{ state(iso3: "ind") { id iso3 name aliases } }""")).Data();
        Assert.Equal("India", data.At("state", "name").GetString());
        Assert.Equal("IND", data.At("state", "iso3").GetString());
    }

    [Fact]
    public async Task An_agreement_shows_its_parties_and_whether_it_is_in_force()
    {
        var data = (await _server.QueryAsync("""
            { node(id: "sco-charter") { ... on Agreement { kind signed place entryIntoForce meeting { id }
                before: inForce(asOf: "2003-09-18") after: inForce(asOf: "2003-09-19") parties { party { ... on State { iso3 } } signed } } } }
            """)).Data();
        var charter = data.At("node");
        Assert.Equal("CHARTER", charter.At("kind").GetString());
        Assert.Equal("2002-06-07", charter.At("signed").GetString());
        Assert.Equal("2003-09-19", charter.At("entryIntoForce").GetString());
        Assert.Equal(JsonValueKind.Null, charter.At("before").ValueKind);
        Assert.Equal("CERTAIN", charter.At("after").GetString());
        Assert.Contains("CHN", charter.At("parties").Texts("party", "iso3"));
    }
}
