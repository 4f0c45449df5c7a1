using ScoGraph.Api.Tests.Support;

namespace ScoGraph.Api.Tests.Resolvers;

[Collection(SeededServerCollection.Name)]
public sealed class TimelineSpecs(SeededServerFixture fixture)
{
    private readonly ApiServer _server = fixture.Server;

    private const string EventFields = """
        __typename date kind summary sources { id }
        ... on StatusChangedEvent { change { id toStatus } }
        ... on TenureEvent { tenure { id } }
        ... on MeetingEvent { meeting { id } }
        ... on AgreementEvent { agreement { id } }
        """;

    [Fact]
    public async Task India_timeline_has_its_status_changes_in_date_order()
    {
        var data = (await _server.QueryAsync($$"""{ timeline(id: "IND") { {{EventFields}} } }""")).Data();
        var events = data.At("timeline");
        var dates = events.Texts("date");
        Assert.Equal(dates.OrderBy(d => d, StringComparer.Ordinal), dates);
        var statusChanges = events.EnumerateArray().Where(e => e.At("kind").GetString() == "STATUS_CHANGED").ToArray();
        Assert.Equal(["2005-07-05", "2017-06-09"], statusChanges.Select(e => e.At("date").GetString()));
        Assert.Equal("MEMBER", statusChanges[1].At("change", "toStatus").GetString());
        Assert.Equal("India became a member of the SCO (was an observer)", statusChanges[1].At("summary").GetString());
        Assert.Contains(events.EnumerateArray(), e => e.At("__typename").GetString() == "MeetingEvent");
    }

    [Fact]
    public async Task A_timeline_can_be_limited_to_a_date_range_and_is_the_same_on_the_state()
    {
        // India's 2017 events include the Astana summit it attended as an observer, joining as a member on its second
        // day, signing that day's declaration and statement as a member, and the Sochi heads-of-government meeting (the
        // dataset adds ministerial and coordinators' meetings between them); its 2005 observer status and the 2018
        // Qingdao summit lie outside the range.
        const string Fields = "date kind ... on StatusChangedEvent { change { id } } ... on MeetingEvent { meeting { id } } ... on AgreementEvent { agreement { id } }";
        var data = (await _server.QueryAsync($$"""
            { timeline(id: "IND", from: "2017-01-01", to: "2017-12-31") { {{Fields}} }
              state(iso3: "IND") { timeline(from: "2017-01-01", to: "2017-12-31") { {{Fields}} } } }
            """)).Data();
        var events = data.At("timeline").EnumerateArray().ToArray();
        Assert.All(events, e => Assert.InRange(e.At("date").GetString()!, "2017-01-01", "2017-12-31"));
        string Describe(System.Text.Json.JsonElement e) => $"{e.At("date").GetString()} {e.At("kind").GetString()} " +
            (e.TryGetProperty("meeting", out var m) ? m.At("id").GetString()
                : e.TryGetProperty("change", out var c) ? c.At("id").GetString() : e.At("agreement", "id").GetString());
        var described = events.Select(Describe).ToList();
        string[] expectedInOrder =
        [
            "2017-06-08 MEETING_HELD 2017-astana-summit", "2017-06-09 STATUS_CHANGED IND-member-2017",
            "2017-06-09 AGREEMENT_SIGNED sco-astana-declaration-2017", "2017-06-09 AGREEMENT_SIGNED sco-statement-countering-terrorism-2017",
            "2017-11-30 MEETING_HELD 2017-sochi-heads-of-government",
        ];
        var positions = expectedInOrder.Select(expected => described.IndexOf(expected)).ToArray();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
        Assert.Equal(positions[0] + 1, positions[1]); // joining follows the summit's first day directly
        Assert.Equal(data.At("timeline").GetRawText(), data.At("state", "timeline").GetRawText());
    }

    [Fact]
    public async Task A_timeline_range_includes_events_on_both_bound_dates()
    {
        var data = (await _server.QueryAsync("""
            { timeline(id: "IND", from: "2017-06-09", to: "2018-06-09") { date kind ... on MeetingEvent { meeting { id } } } }
            """)).Data();
        var events = data.At("timeline");
        var dates = events.Texts("date").ToArray();
        Assert.Equal(["2017-06-09", "2017-06-09", "2017-06-09"], dates[..3]);
        Assert.Equal("2018-06-09", dates[^1]);
        Assert.All(dates, date => Assert.InRange(date, "2017-06-09", "2018-06-09"));
        Assert.Equal("2018-qingdao-summit", events.At(dates.Length - 1, "meeting", "id").GetString());
    }

    [Fact]
    public async Task An_official_timeline_shows_the_tenures_taken_and_left()
    {
        var data = (await _server.QueryAsync($$"""{ timeline(id: "rashid-alimov") { {{EventFields}} } }""")).Data();
        var kinds = data.At("timeline").Texts("kind");
        Assert.Contains("TENURE_STARTED", kinds);
        Assert.Contains("TENURE_ENDED", kinds);
    }

    [Fact]
    public async Task A_timeline_of_an_unknown_id_is_a_clear_error()
    {
        var response = await _server.QueryAsync("""{ timeline(id: "nope") { date } }""");
        Assert.Equal(["No entity with id 'nope'."], response.ErrorMessages());
    }

    [Fact]
    public async Task Changes_between_2016_and_2018_include_india_and_pakistan_joining_and_the_road_transport_agreement_entering_into_force()
    {
        var data = (await _server.QueryAsync($$"""{ changes(from: "2016-01-01", to: "2018-12-31") { {{EventFields}} } }""")).Data();
        var events = data.At("changes").EnumerateArray().ToArray();
        var years = events.Select(e => e.At("date").GetString()![..4]).ToArray();
        Assert.Equal(years.Order(StringComparer.Ordinal), years);
        var statusChanges = events.Where(e => e.At("kind").GetString() == "STATUS_CHANGED").ToArray();
        Assert.Equal(["2017-06-09", "2017-06-09"], statusChanges.Select(e => e.At("date").GetString()));
        Assert.All(statusChanges, e => Assert.Equal("MEMBER", e.At("change", "toStatus").GetString()));
        Assert.Contains(events, e => e.At("kind").GetString() == "AGREEMENT_ENTERED_INTO_FORCE"
            && e.At("agreement", "id").GetString() == "sco-road-transport-agreement" && e.At("date").GetString() == "2017-01-20");
        Assert.Contains(events, e => e.At("kind").GetString() == "MEETING_HELD" && e.At("meeting", "id").GetString() == "2017-astana-summit");
        Assert.Contains(events, e => e.At("kind").GetString() == "TENURE_STARTED" && e.At("tenure", "id").GetString()!.Contains("alimov"));
    }

    [Fact]
    public async Task Changes_with_from_after_to_is_a_clear_error()
    {
        var response = await _server.QueryAsync("""{ changes(from: "2018-01-01", to: "2016-01-01") { date } }""");
        Assert.Equal(["\"from\" (2018-01-01) is after \"to\" (2016-01-01)."], response.ErrorMessages());
    }
}
