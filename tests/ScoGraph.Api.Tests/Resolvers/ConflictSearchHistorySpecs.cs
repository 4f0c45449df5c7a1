using System.Text.Json;
using ScoGraph.Api.Tests.Support;

namespace ScoGraph.Api.Tests.Resolvers;

[Collection(SeededServerCollection.Name)]
public sealed class ConflictSearchHistorySpecs(SeededServerFixture fixture)
{
    private readonly ApiServer _server = fixture.Server;

    [Fact]
    public async Task The_road_transport_agreement_has_a_conflict_2014_against_2017_01_20()
    {
        var data = (await _server.QueryAsync("""
            { conflicts(subject: "sco-road-transport-agreement") { subject { id } predicate description claims { value sources { id title } } } }
            """)).Data();
        var conflict = Assert.Single(data.At("conflicts").EnumerateArray());
        Assert.Equal("sco-road-transport-agreement", conflict.At("subject", "id").GetString());
        Assert.Equal("entryIntoForce", conflict.At("predicate").GetString());
        Assert.Equal(["2014", "2017-01-20"], conflict.At("claims").Texts("value"));
        Assert.All(conflict.At("claims").EnumerateArray(), c => Assert.True(c.At("sources").GetArrayLength() > 0));
        Assert.Contains("2014", conflict.At("description").GetString());
    }

    [Fact]
    public async Task All_recorded_conflicts_are_listed()
    {
        var data = (await _server.QueryAsync("{ conflicts { predicate claims { value } } }")).Data();
        Assert.Equal(34, data.At("conflicts").GetArrayLength());
    }

    [Fact]
    public async Task Search_finds_an_official_by_a_transliteration()
    {
        var data = (await _server.QueryAsync("""{ search(text: "Nurgaliev", first: 3) { node { __typename id } matched score } }""")).Data();
        var hit = data.At("search", 0);
        Assert.Equal("Official", hit.At("node", "__typename").GetString());
        Assert.Equal("bolat-nurgaliyev", hit.At("node", "id").GetString());
        Assert.Equal("Nurgaliev", hit.At("matched").GetString());
        Assert.True(hit.At("score").GetDouble() > 0);
    }

    [Fact]
    public async Task Search_can_be_limited_to_kinds()
    {
        var data = (await _server.QueryAsync("""{ search(text: "India", kinds: [STATE]) { node { __typename id } } }""")).Data();
        Assert.All(data.At("search").EnumerateArray(), h => Assert.Equal("State", h.At("node", "__typename").GetString()));
        Assert.Equal("IND", data.At("search", 0, "node", "id").GetString());
    }

    [Fact]
    public async Task History_lists_every_version_with_its_content_in_the_import_format()
    {
        var data = (await _server.QueryAsync("""{ history(id: "IND") { id version recordedAt retractedAt retractionReason content } }""")).Data();
        var version = Assert.Single(data.At("history").EnumerateArray());
        Assert.Equal(1, version.At("version").GetInt32());
        Assert.Equal(JsonValueKind.Null, version.At("retractedAt").ValueKind);
        Assert.EndsWith("Z", version.At("recordedAt").GetString());
        using var content = JsonDocument.Parse(version.At("content").GetString()!);
        Assert.Equal("state", content.RootElement.GetProperty("type").GetString());
        Assert.Equal("India", content.RootElement.GetProperty("name").GetString());
    }

    [Fact]
    public async Task History_of_an_unknown_id_is_a_clear_error()
    {
        var response = await _server.QueryAsync("""{ history(id: "nope") { version } }""");
        Assert.Equal(["No entity with id 'nope'."], response.ErrorMessages());
    }
}
