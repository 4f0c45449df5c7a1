using ScoGraph.Api.Tests.Dataset;
using ScoGraph.Api.Tests.Support;

namespace ScoGraph.Api.Tests.Resolvers;

[Collection(SeededServerCollection.Name)]
public sealed class ConnectionSpecs(SeededServerFixture fixture)
{
    private readonly ApiServer _server = fixture.Server;

    private const string PageOfStates = """
        query($first: Int, $after: String, $last: Int, $before: String) {
          states(first: $first, after: $after, last: $last, before: $before) {
            totalCount nodes { iso3 } edges { cursor node { iso3 } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }
        """;

    [Fact]
    public async Task Paging_forward_visits_every_state_once_in_name_order()
    {
        var seen = new List<string>();
        string? after = null;
        while (true)
        {
            var page = (await _server.QueryAsync(PageOfStates, new { first = 10, after })).Data().At("states");
            Assert.Equal(DatasetFiles.Count("state"), page.At("totalCount").GetInt32());
            seen.AddRange(page.At("nodes").Texts("iso3"));
            Assert.Equal(page.At("nodes").Texts("iso3"), page.At("edges").Texts("node", "iso3"));
            Assert.Equal(after is not null, page.At("pageInfo", "hasPreviousPage").GetBoolean());
            if (!page.At("pageInfo", "hasNextPage").GetBoolean()) break;
            after = page.At("pageInfo", "endCursor").GetString();
        }
        Assert.Equal(DatasetFiles.Count("state"), seen.Count);
        Assert.Equal(DatasetFiles.Count("state"), seen.Distinct().Count());
        Assert.Equal("AFG", seen[0]);
    }

    [Fact]
    public async Task Paging_backward_from_the_end_gives_the_same_items_in_list_order()
    {
        var all = (await _server.QueryAsync(PageOfStates, new { first = 100 })).Data().At("states", "nodes").Texts("iso3");
        var last = (await _server.QueryAsync(PageOfStates, new { last = 5 })).Data().At("states");
        Assert.Equal(all[^5..], last.At("nodes").Texts("iso3"));
        Assert.True(last.At("pageInfo", "hasPreviousPage").GetBoolean());
        var before = (await _server.QueryAsync(PageOfStates, new { last = 5, before = last.At("pageInfo", "startCursor").GetString() })).Data().At("states");
        Assert.Equal(all[^10..^5], before.At("nodes").Texts("iso3"));
        Assert.True(before.At("pageInfo", "hasNextPage").GetBoolean());
    }

    [Theory]
    [InlineData("first: 1, last: 1", "Invalid paging arguments: give either first or last, not both (first: 1, last: 1).")]
    [InlineData("first: -1", "Invalid paging arguments: first and last must not be negative (first: -1, last: none).")]
    [InlineData("last: 501", "Invalid paging arguments: a page holds at most 500 items (first: none, last: 501).")]
    [InlineData("after: \"not-a-cursor\"", "The argument \"after\" is not a cursor this server handed out: \"not-a-cursor\".")]
    public async Task Paging_problems_are_clear_errors(string arguments, string message)
    {
        var response = await _server.QueryAsync($$"""{ states({{arguments}}) { nodes { iso3 } } }""");
        Assert.Equal([message], response.ErrorMessages());
    }

    [Theory]
    [InlineData("ASC", "ASC")]
    [InlineData("DESC", "ASC")]
    [InlineData("ASC", "DESC")]
    public async Task A_second_order_key_sorts_agreements_signed_on_the_same_day_in_every_page(string bySigned, string byTitle)
    {
        const string Query = """
            query($after: String, $signed: SortDirection, $title: SortDirection) {
              agreements(first: 4, after: $after, order: [{ field: SIGNED, direction: $signed }, { field: TITLE, direction: $title }]) {
                nodes { title signed } pageInfo { hasNextPage endCursor } } }
            """;
        var rows = new List<(string Signed, string Title)>();
        string? after = null;
        while (true)
        {
            var page = (await _server.QueryAsync(Query, new { after, signed = bySigned, title = byTitle })).Data().At("agreements");
            rows.AddRange(page.At("nodes").EnumerateArray().Select(n => (n.At("signed").GetString()!, n.At("title").GetString()!)));
            if (!page.At("pageInfo", "hasNextPage").GetBoolean()) break;
            after = page.At("pageInfo", "endCursor").GetString();
        }

        var sameDay = rows.GroupBy(r => r.Signed).Where(g => g.Count() > 1).ToArray();
        Assert.NotEmpty(sameDay); // the dataset has agreements signed on the same day, or this would prove nothing
        Assert.Equal(rows.Select(r => r.Signed).Distinct(), bySigned == "ASC"
            ? rows.Select(r => r.Signed).Distinct().Order(StringComparer.Ordinal)
            : rows.Select(r => r.Signed).Distinct().OrderDescending(StringComparer.Ordinal));
        foreach (var day in sameDay)
        {
            var titles = day.Select(r => r.Title).ToArray();
            var sorted = titles.Order(StringComparer.OrdinalIgnoreCase).ToArray();
            Assert.Equal(byTitle == "ASC" ? sorted : sorted.Reverse().ToArray(), titles);
        }
    }

    [Fact]
    public async Task A_cursor_from_a_list_in_another_order_is_a_clear_error()
    {
        var oneKey = (await _server.QueryAsync("{ agreements(first: 2) { pageInfo { endCursor } } }")).Data().At("agreements", "pageInfo", "endCursor").GetString();
        var response = await _server.QueryAsync("""
            query($after: String) { agreements(first: 2, after: $after, order: [{ field: SIGNED }, { field: TITLE }]) { nodes { title } } }
            """, new { after = oneKey });
        Assert.Equal(["The argument \"after\" is a cursor of this list in another order; page with the \"order\" it came from."], response.ErrorMessages());
    }

    // Issue 11, finding 7: a cursor names its list, order and filter; a foreign one is refused, never a silent wrong page.
    [Theory]
    [InlineData("{ states(first: 3) { pageInfo { endCursor } } }", "meetings(first: 3, after: $after)", "of the list \"states\", not of \"meetings\"")]
    [InlineData("{ meetings(first: 3) { pageInfo { endCursor } } }", "states(first: 3, after: $after)", "of the list \"meetings\", not of \"states\"")]
    [InlineData("{ states(first: 3) { pageInfo { endCursor } } }", "states(first: 3, after: $after, order: [{ field: ISO3 }])", "of this list in another order")]
    [InlineData("{ meetings(first: 3, order: [{ field: DATE, direction: DESC }]) { pageInfo { endCursor } } }", "meetings(first: 3, after: $after)", "of this list in another order")]
    [InlineData("{ states(first: 3, where: { name: \"a\" }) { pageInfo { endCursor } } }", "states(first: 3, after: $after)", "of this list with another \"where\"")]
    [InlineData("{ meetings(first: 3, where: { kind: [HEADS_OF_STATE] }) { pageInfo { endCursor } } }", "meetings(first: 3, after: $after, where: { kind: [CONFERENCE] })", "of this list with another \"where\"")]
    public async Task A_cursor_of_another_list_order_or_filter_is_BAD_USER_INPUT(string source, string target, string says)
    {
        var data = (await _server.QueryAsync(source)).Data();
        var cursor = data.EnumerateObject().First().Value.At("pageInfo", "endCursor").GetString();

        var response = await _server.QueryAsync($$"""query($after: String) { {{target}} { nodes { id } } }""", new { after = cursor });

        var error = response.GetProperty("errors")[0];
        Assert.Equal("BAD_USER_INPUT", error.At("extensions", "code").GetString());
        Assert.Contains(says, error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_cursor_still_pages_its_own_list_with_the_same_filter_and_order()
    {
        const string Query = """
            query($after: String) { meetings(first: 2, after: $after, where: { kind: [HEADS_OF_STATE] }, order: [{ field: DATE, direction: DESC }]) {
              nodes { id } pageInfo { endCursor } } }
            """;
        var first = (await _server.QueryAsync(Query, new { after = (string?)null })).Data().At("meetings");
        var second = (await _server.QueryAsync(Query, new { after = first.At("pageInfo", "endCursor").GetString() })).Data().At("meetings");
        Assert.Empty(first.At("nodes").Texts("id").Intersect(second.At("nodes").Texts("id")));
        Assert.Equal(2, second.At("nodes").GetArrayLength());
    }

    [Fact]
    public async Task States_filter_by_status_on_a_date_and_sort_by_iso_code_descending()
    {
        var data = (await _server.QueryAsync("""
            { states(where: { status: [MEMBER], asOf: "2025-12-31" }, order: [{ field: ISO3, direction: DESC }]) { totalCount nodes { iso3 } } }
            """)).Data();
        Assert.Equal(10, data.At("states", "totalCount").GetInt32());
        Assert.Equal(["UZB", "TJK", "RUS", "PAK", "KGZ", "KAZ", "IRN", "IND", "CHN", "BLR"], data.At("states", "nodes").Texts("iso3"));
    }

    [Fact]
    public async Task States_filter_by_a_name_or_alias()
    {
        var data = (await _server.QueryAsync("""{ states(where: { name: "kyrgyz republic" }) { nodes { iso3 } } }""")).Data();
        Assert.Equal(["KGZ"], data.At("states", "nodes").Texts("iso3"));
    }

    [Fact]
    public async Task Meetings_filter_by_several_kinds_and_a_date_range_oldest_first()
    {
        var data = (await _server.QueryAsync("""
            { meetings(where: { kind: [HEADS_OF_STATE, CONFERENCE], from: "2017-01-01", to: "2017-12-31" }) { totalCount nodes { id kind period { start } } } }
            """)).Data();
        var meetings = data.At("meetings");
        Assert.Contains("2017-astana-summit", meetings.At("nodes").Texts("id"));
        Assert.All(meetings.At("nodes").Texts("kind"), kind => Assert.Contains(kind, new[] { "HEADS_OF_STATE", "CONFERENCE" }));
        var starts = meetings.At("nodes").Texts("period", "start");
        Assert.Equal(starts.Order(StringComparer.Ordinal), starts);
        Assert.Equal(meetings.At("nodes").GetArrayLength(), meetings.At("totalCount").GetInt32());
    }

    [Fact]
    public async Task Meetings_of_several_kinds_page_with_cursors_like_a_single_list()
    {
        const string query = """
            query($after: String) { meetings(where: { kind: [HEADS_OF_STATE, CONFERENCE] }, first: 7, after: $after) {
              totalCount nodes { id } pageInfo { hasNextPage endCursor } } }
            """;
        var all = new List<string>();
        string? after = null;
        int total;
        do
        {
            var page = (await _server.QueryAsync(query, new { after })).Data().At("meetings");
            total = page.At("totalCount").GetInt32();
            all.AddRange(page.At("nodes").Texts("id"));
            after = page.At("pageInfo", "hasNextPage").GetBoolean() ? page.At("pageInfo", "endCursor").GetString() : null;
        } while (after is not null);
        Assert.Equal(total, all.Count);
        Assert.Equal(all.Count, all.Distinct().Count());
    }

    [Fact]
    public async Task Meetings_filter_by_host_city_and_participant()
    {
        var data = (await _server.QueryAsync("""
            { hosted: meetings(where: { host: "kaz", kind: [HEADS_OF_STATE] }) { nodes { id host { iso3 } } }
              inAstana: meetings(where: { city: "astana" }, first: 100) { nodes { id city } }
              attended: meetings(where: { participant: "IND", kind: [HEADS_OF_STATE] }) { nodes { id } } }
            """)).Data();
        Assert.All(data.At("hosted", "nodes").Texts("host", "iso3"), iso => Assert.Equal("KAZ", iso));
        Assert.Contains("2017-astana-summit", data.At("hosted", "nodes").Texts("id"));
        // "astana" matches the city without regard to case; every meeting the dataset places there, and only those.
        var placedInAstana = ScoGraph.Api.Tests.Dataset.DatasetFiles.Lines
            .Where(line => line.GetProperty("type").GetString() == "meeting"
                && line.TryGetProperty("city", out var city) && city.GetString() == "Astana")
            .Select(line => line.GetProperty("id").GetString()!)
            .Order(StringComparer.Ordinal);
        Assert.Equal(placedInAstana, data.At("inAstana", "nodes").Texts("id").Order(StringComparer.Ordinal));
        Assert.Contains("2024-astana-foreign-ministers", data.At("inAstana", "nodes").Texts("id"));
        Assert.All(data.At("inAstana", "nodes").Texts("city"), city => Assert.Equal("Astana", city));
        Assert.Contains("2017-astana-summit", data.At("attended", "nodes").Texts("id"));
        Assert.Contains("2018-qingdao-summit", data.At("attended", "nodes").Texts("id"));
        Assert.DoesNotContain("2001-shanghai-summit", data.At("attended", "nodes").Texts("id"));
    }

    [Fact]
    public async Task Agreements_in_force_on_a_date_leave_out_those_not_yet_in_force()
    {
        var data = (await _server.QueryAsync("""
            { agreements(where: { inForceOn: "2003-06-01" }) { totalCount nodes { id } }
              signed2014: agreements(where: { signedFrom: "2014-01-01", signedTo: "2014-12-31" }) { nodes { id } }
              conventions: agreements(where: { kind: [CONVENTION] }, order: [{ field: TITLE }]) { nodes { id kind title } } }
            """)).Data();
        var inForce = data.At("agreements", "nodes").Texts("id");
        Assert.Contains("shanghai-convention", inForce);
        Assert.DoesNotContain("sco-charter", inForce);
        Assert.Contains("sco-road-transport-agreement", data.At("signed2014", "nodes").Texts("id"));
        // The three conventions, by title (the dataset lists and dates them in another order).
        Assert.Equal(["sco-convention-against-terrorism", "sco-convention-on-countering-extremism", "shanghai-convention"],
            data.At("conventions", "nodes").Texts("id"));
        Assert.Equal(
            ["Convention of the Shanghai Cooperation Organisation against Terrorism", "SCO Convention on Countering Extremism",
             "Shanghai Convention on Combating Terrorism, Separatism and Extremism"],
            data.At("conventions", "nodes").Texts("title"));
        Assert.All(data.At("conventions", "nodes").Texts("kind"), kind => Assert.Equal("CONVENTION", kind));
    }

    [Fact]
    public async Task An_agreement_whose_entry_into_force_is_known_only_by_year_is_left_out_when_certainty_is_asked()
    {
        // The good-neighbourliness treaty entered into force in "2012": on 1 June 2012 it may or may not have been.
        var data = (await _server.QueryAsync("""
            { any: agreements(where: { inForceOn: "2012-06-01" }) { nodes { id } }
              certain: agreements(where: { inForceOn: "2012-06-01", certainty: CERTAIN }) { nodes { id } }
              nextYear: agreements(where: { inForceOn: "2013-01-01", certainty: CERTAIN }) { nodes { id } } }
            """)).Data();
        Assert.Contains("sco-good-neighbourliness-treaty", data.At("any", "nodes").Texts("id"));
        Assert.Equal(["sco-charter", "shanghai-convention"], data.At("certain", "nodes").Texts("id").Order(StringComparer.Ordinal));
        Assert.Contains("sco-good-neighbourliness-treaty", data.At("nextYear", "nodes").Texts("id"));
    }

    [Fact]
    public async Task Organizations_officials_posts_and_sources_are_connections_too()
    {
        var data = (await _server.QueryAsync("""
            { organizations(first: 50) { totalCount nodes { id parent { id } } }
              officials(where: { name: "alimov" }) { nodes { id } }
              posts(first: 50) { totalCount nodes { id } }
              sources(where: { language: "ru" }, first: 2) { totalCount nodes { language } pageInfo { hasNextPage } } }
            """)).Data();
        Assert.Equal(14, data.At("organizations", "totalCount").GetInt32());
        Assert.Contains("sco", data.At("organizations", "nodes").Texts("id"));
        Assert.Equal(["rashid-alimov"], data.At("officials", "nodes").Texts("id"));
        Assert.Equal(ScoGraph.Api.Tests.Dataset.DatasetFiles.Count("post"), data.At("posts", "totalCount").GetInt32());
        Assert.All(data.At("sources", "nodes").Texts("language"), language => Assert.Equal("ru", language));
        Assert.True(data.At("sources", "totalCount").GetInt32() > 2);
        Assert.True(data.At("sources", "pageInfo", "hasNextPage").GetBoolean());
    }
}
