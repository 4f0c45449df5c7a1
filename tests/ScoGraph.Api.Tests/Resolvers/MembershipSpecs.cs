using System.Text.Json;
using ScoGraph.Api.Tests.Mutations;
using ScoGraph.Api.Tests.Support;

namespace ScoGraph.Api.Tests.Resolvers;

[Collection(SeededServerCollection.Name)]
public sealed class MembershipSpecs(SeededServerFixture fixture)
{
    private readonly ApiServer _server = fixture.Server;

    [Fact]
    public async Task The_SCO_has_ten_members_at_the_end_of_2025()
    {
        var data = (await _server.QueryAsync("""
            { membership(asOf: "2025-12-31", status: [MEMBER]) { state { iso3 } status since certainty } }
            """)).Data();
        var members = data.At("membership").Texts("state", "iso3").Order().ToArray();
        Assert.Equal(["BLR", "CHN", "IND", "IRN", "KAZ", "KGZ", "PAK", "RUS", "TJK", "UZB"], members);
        Assert.All(data.At("membership").EnumerateArray(), e => Assert.Equal("CERTAIN", e.At("certainty").GetString()));
    }

    [Fact]
    public async Task Seventeen_states_are_partners_at_the_end_of_2025()
    {
        var data = (await _server.QueryAsync("""{ membership(asOf: "2025-12-31", status: [PARTNER]) { state { iso3 } } }""")).Data();
        Assert.Equal(17, data.At("membership").GetArrayLength());
    }

    [Fact]
    public async Task India_is_a_member_since_the_astana_summit_of_2017()
    {
        var data = (await _server.QueryAsync("""
            { membership(asOf: "2017-06-09", status: [MEMBER]) { state { iso3 } since }
              before: state(iso3: "IND") { status(asOf: "2017-06-08") }
              after: state(iso3: "ind") { status(asOf: "2017-06-09") } }
            """)).Data();
        var india = data.At("membership").EnumerateArray().Single(e => e.At("state", "iso3").GetString() == "IND");
        Assert.Equal("2017-06-09", india.At("since").GetString());
        Assert.Equal("OBSERVER", data.At("before", "status").GetString());
        Assert.Equal("MEMBER", data.At("after", "status").GetString());
    }

    [Fact]
    public async Task A_state_lists_its_membership_changes_oldest_first_with_the_deciding_meeting()
    {
        var data = (await _server.QueryAsync("""
            { state(iso3: "IND") { membershipChanges { fromStatus toStatus effective decidedAt { id } state { iso3 } organization { id } sources { id } } } }
            """)).Data();
        var changes = data.At("state", "membershipChanges");
        Assert.Equal(2, changes.GetArrayLength());
        Assert.Equal(JsonValueKind.Null, changes.At(0, "fromStatus").ValueKind);
        Assert.Equal("OBSERVER", changes.At(0, "toStatus").GetString());
        Assert.Equal("2005-07-05", changes.At(0, "effective").GetString());
        Assert.Equal("MEMBER", changes.At(1, "toStatus").GetString());
        Assert.Equal("2017-astana-summit", changes.At(1, "decidedAt", "id").GetString());
        Assert.Equal("sco", changes.At(1, "organization", "id").GetString());
        Assert.True(changes.At(1, "sources").GetArrayLength() > 0);
    }

    [Fact]
    public async Task Membership_changes_between_two_dates_are_in_date_order()
    {
        var data = (await _server.QueryAsync("""
            { membershipChanges(from: "2017-01-01", to: "2017-12-31") { state { iso3 } toStatus effective } }
            """)).Data();
        Assert.Equal(["IND", "PAK"], data.At("membershipChanges").Texts("state", "iso3"));
        Assert.Equal(["MEMBER", "MEMBER"], data.At("membershipChanges").Texts("toStatus"));
    }

    [Fact]
    public async Task Observers_in_2016_are_afghanistan_belarus_india_iran_mongolia_and_pakistan()
    {
        var data = (await _server.QueryAsync("""{ membership(asOf: "2016-06-30", status: [OBSERVER]) { state { iso3 } } }""")).Data();
        var observers = data.At("membership").Texts("state", "iso3").Order().ToArray();
        Assert.Equal(["AFG", "BLR", "IND", "IRN", "MNG", "PAK"], observers);
    }

    [Fact]
    public async Task A_status_taken_in_a_month_without_a_day_is_only_possible_within_that_month()
    {
        // The shipped dataset dates every change to the day, so this one is recorded on a server of its own.
        await using var server = await ApiServer.StartAsync();
        (await server.MutateAsync(MutationDocuments.RecordMembershipChange, new
        {
            input = new { id = "THA-observer-2030-02", state = "THA", toStatus = "OBSERVER", effective = "2030-02" },
        }, "recordMembershipChange")).AssertNoErrors();

        var data = (await server.QueryAsync("""
            { any: membership(asOf: "2030-02-15", status: [OBSERVER]) { state { iso3 } certainty }
              certain: membership(asOf: "2030-02-15", status: [OBSERVER], certainty: CERTAIN) { state { iso3 } }
              later: membership(asOf: "2030-03-01", status: [OBSERVER], certainty: CERTAIN) { state { iso3 } certainty } }
            """)).Data();
        var entry = Assert.Single(data.At("any").EnumerateArray());
        Assert.Equal("THA", entry.At("state", "iso3").GetString());
        Assert.Equal("POSSIBLE", entry.At("certainty").GetString());
        Assert.Empty(data.At("certain").EnumerateArray());
        Assert.Equal(["THA"], data.At("later").Texts("state", "iso3"));
        Assert.Equal("CERTAIN", data.At("later", 0, "certainty").GetString());
    }

    [Fact]
    public async Task A_state_without_status_on_a_date_has_a_null_status()
    {
        var data = (await _server.QueryAsync("""{ state(iso3: "IND") { status(asOf: "2000-01-01") } }""")).Data();
        Assert.Equal(JsonValueKind.Null, data.At("state", "status").ValueKind);
    }
}
