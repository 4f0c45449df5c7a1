using System.Text.Json;
using ScoGraph.Api.Tests.Support;

namespace ScoGraph.Api.Tests.Dataset;

/// <summary>
/// Facts of the shipped dataset checked against public references (see src/ScoGraph.Api/Data/README.md,
/// "Verified facts"), read back through the API of a freshly seeded server.
/// </summary>
public sealed class DatasetFactSpecs(SeededServerFixture fixture) : IClassFixture<SeededServerFixture>
{
    [Theory]
    [InlineData("2017-03-01", "rashid-alimov", "CERTAIN")]
    [InlineData("2026-01-01", "nurlan-yermekbayev", "CERTAIN")]
    [InlineData("2004-06-01", "zhang-deguang", "CERTAIN")]
    public async Task The_Secretary_General_on_a_date_is_the_one_the_Secretariat_lists(string day, string official, string certainty)
    {
        var data = await DataOf($$"""{ officeHolders(post: "sco-secretary-general", asOf: "{{day}}") { official { id } certainty } }""");

        var holder = Assert.Single(data.GetProperty("officeHolders").EnumerateArray());
        Assert.Equal(official, holder.GetProperty("official").GetProperty("id").GetString());
        Assert.Equal(certainty, holder.GetProperty("certainty").GetString());
    }

    [Fact]
    public async Task Ten_states_are_members_at_the_end_of_2025()
    {
        var members = await StatesWith("MEMBER", "2025-12-31");

        Assert.Equal(["BLR", "CHN", "IND", "IRN", "KAZ", "KGZ", "PAK", "RUS", "TJK", "UZB"], members);
    }

    [Fact]
    public async Task Seventeen_states_are_partners_after_the_Tianjin_summit_and_no_observers_or_dialogue_partners_remain()
    {
        Assert.Equal(17, (await StatesWith("PARTNER", "2025-09-01")).Count);
        Assert.Empty(await StatesWith("OBSERVER", "2025-12-31"));
        Assert.Empty(await StatesWith("DIALOGUE_PARTNER", "2025-12-31"));
        Assert.Empty(await StatesWith("PARTNER", "2025-08-31"));
    }

    [Fact]
    public async Task The_six_founders_are_members_from_the_founding_day_and_nobody_before()
    {
        Assert.Empty(await StatesWith("MEMBER", "2001-06-14"));
        Assert.Equal(["CHN", "KAZ", "KGZ", "RUS", "TJK", "UZB"], await StatesWith("MEMBER", "2001-06-15"));
    }

    [Theory]
    [InlineData("IND", "2005-07-04", null)]
    [InlineData("IND", "2005-07-05", "OBSERVER")]
    [InlineData("IND", "2017-06-08", "OBSERVER")]
    [InlineData("IND", "2017-06-09", "MEMBER")]
    [InlineData("PAK", "2017-06-08", "OBSERVER")]
    [InlineData("PAK", "2017-06-09", "MEMBER")]
    [InlineData("IRN", "2023-07-03", "OBSERVER")]
    [InlineData("IRN", "2023-07-04", "MEMBER")]
    [InlineData("BLR", "2009-06-16", "DIALOGUE_PARTNER")]
    [InlineData("BLR", "2015-07-10", "OBSERVER")]
    [InlineData("BLR", "2024-07-03", "OBSERVER")]
    [InlineData("BLR", "2024-07-04", "MEMBER")]
    [InlineData("MNG", "2004-06-17", "OBSERVER")]
    [InlineData("LAO", "2025-08-31", null)]
    [InlineData("LAO", "2025-09-01", "PARTNER")]
    public async Task A_states_status_changes_on_the_day_the_summit_decided(string iso3, string day, string? status)
    {
        var data = await DataOf($$"""{ state(iso3: "{{iso3}}") { status(asOf: "{{day}}") } }""");

        Assert.Equal(status, data.GetProperty("state").GetProperty("status").GetString());
    }

    [Fact]
    public async Task India_and_Pakistan_became_members_at_the_2017_Astana_summit()
    {
        var data = await DataOf("""{ membershipChanges(from: "2017-06-09", to: "2017-06-09") { state { iso3 } toStatus decidedAt { id } } }""");

        var changes = data.GetProperty("membershipChanges").EnumerateArray().ToArray();
        Assert.Equal(["IND", "PAK"], changes.Select(c => c.GetProperty("state").GetProperty("iso3").GetString()).Order());
        Assert.All(changes, c =>
        {
            Assert.Equal("MEMBER", c.GetProperty("toStatus").GetString());
            Assert.Equal("2017-astana-summit", c.GetProperty("decidedAt").GetProperty("id").GetString());
        });
    }

    [Fact]
    public async Task The_Charter_was_signed_in_Saint_Petersburg_on_2002_06_07_and_entered_into_force_on_2003_09_19()
    {
        var data = await DataOf("""{ node(id: "sco-charter") { ... on Agreement { kind signed place entryIntoForce } } }""");
        var charter = data.GetProperty("node");

        Assert.Equal("CHARTER", charter.GetProperty("kind").GetString());
        Assert.Equal("2002-06-07", charter.GetProperty("signed").GetString());
        Assert.Equal("Saint Petersburg", charter.GetProperty("place").GetString());
        Assert.Equal("2003-09-19", charter.GetProperty("entryIntoForce").GetString());
    }

    [Fact]
    public async Task The_road_transport_agreement_keeps_both_claimed_entry_into_force_dates_as_a_conflict()
    {
        var data = await DataOf("""
            { node(id: "sco-road-transport-agreement") { ... on Agreement { signed entryIntoForce } }
              conflicts(subject: "sco-road-transport-agreement") { predicate claims { value sources { id } } } }
            """);

        Assert.Equal("2014-09-12", data.GetProperty("node").GetProperty("signed").GetString());
        Assert.Equal("2017-01-20", data.GetProperty("node").GetProperty("entryIntoForce").GetString());
        var conflict = Assert.Single(data.GetProperty("conflicts").EnumerateArray());
        Assert.Equal("entryIntoForce", conflict.GetProperty("predicate").GetString());
        var claims = conflict.GetProperty("claims").EnumerateArray()
            .ToDictionary(c => c.GetProperty("value").GetString()!, c => c.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("id").GetString()).ToArray());
        Assert.Equal(["2014", "2017-01-20"], claims.Keys.Order());
        Assert.Contains("000_ff24b27de4b0e886", claims["2014"]);
        Assert.Contains("sectsco-road-transport-in-force", claims["2017-01-20"]);
    }

    [Fact]
    public async Task Every_Council_of_Heads_of_State_meeting_from_2001_to_2025_and_every_Shanghai_Five_summit_is_there()
    {
        var data = await DataOf("""
            { sco: meetings(where: { kind: [HEADS_OF_STATE] }) { totalCount }
              inRange: meetings(where: { kind: [HEADS_OF_STATE], from: "2001-01-01", to: "2025-12-31" }) { totalCount }
              five: meetings(where: { kind: [SHANGHAI_FIVE_SUMMIT], to: "2000-12-31" }) { totalCount } }
            """);

        Assert.Equal(25, data.GetProperty("sco").GetProperty("totalCount").GetInt32());
        Assert.Equal(25, data.GetProperty("inRange").GetProperty("totalCount").GetInt32());
        Assert.Equal(5, data.GetProperty("five").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task A_transliteration_finds_the_official()
    {
        var data = await DataOf("""{ search(text: "Nurgaliev", first: 1) { node { id } } }""");

        Assert.Equal("bolat-nurgaliyev", data.GetProperty("search")[0].GetProperty("node").GetProperty("id").GetString());
    }

    private async Task<IReadOnlyList<string>> StatesWith(string status, string day)
    {
        var data = await DataOf($$"""{ membership(asOf: "{{day}}", status: [{{status}}]) { state { iso3 } } }""");
        return data.GetProperty("membership").EnumerateArray()
            .Select(entry => entry.GetProperty("state").GetProperty("iso3").GetString()!)
            .Order(StringComparer.Ordinal)
            .ToArray();
    }

    private async Task<JsonElement> DataOf(string query)
    {
        var result = await fixture.Server.QueryAsync(query);
        Assert.False(result.TryGetProperty("errors", out var errors), $"{query} failed: {errors}");
        return result.GetProperty("data");
    }
}
