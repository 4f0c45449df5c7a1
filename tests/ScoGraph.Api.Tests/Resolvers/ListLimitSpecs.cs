using System.Text;
using Microsoft.Extensions.DependencyInjection;
using ScoGraph.Api.Tests.Support;
using ScoGraph.Domain.Import;
using ScoGraph.Domain.Ports;

namespace ScoGraph.Api.Tests.Resolvers;

/// <summary>
/// The unpaged lists besides the event lists have a documented maximum too and say when they would pass it, never
/// growing without bound (issue 11, finding 2).
/// </summary>
public sealed class ListLimitSpecs
{
    private static async Task ImportAsync(ApiServer server, string lines)
    {
        var report = await new Importer(server.Services.GetRequiredService<ITimelineStore>()).ImportAsync(lines, CancellationToken.None);
        Assert.Empty(report.Errors);
    }

    private static void AssertTooLarge(System.Text.Json.JsonElement response, int maximum)
    {
        var error = Assert.Single(response.GetProperty("errors").EnumerateArray());
        Assert.Equal("RESULT_TOO_LARGE", error.At("extensions", "code").GetString());
        Assert.Equal(maximum, error.At("extensions", "maximum").GetInt32());
        Assert.Contains($"more than {maximum}", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Conflicts_beyond_the_maximum_are_refused_with_a_code_while_one_subject_still_answers()
    {
        await using var server = await ApiServer.StartAsync();
        // 101 meetings, each with two sources disagreeing on its end: 101 conflicts besides the dataset's.
        var lines = new StringBuilder();
        for (var i = 0; i < 101; i++)
        {
            lines.Append($$"""{"type":"meeting","id":"bulk-meeting-{{i}}","title":"Bulk meeting {{i}}","kind":"CONFERENCE","start":"2019-01-15","host":"KGZ","city":"Bishkek","country":"KGZ"}""").Append('\n');
            lines.Append($$"""{"type":"claim","subject":"bulk-meeting-{{i}}","predicate":"end","value":"2019-01-16","sources":[{"id":"sectsco-road-transport-in-force"}]}""").Append('\n');
            lines.Append($$"""{"type":"claim","subject":"bulk-meeting-{{i}}","predicate":"end","value":"2019-01-17","sources":[{"id":"003_567ac5c925efd7a1"}]}""").Append('\n');
        }
        await ImportAsync(server, lines.ToString());

        AssertTooLarge(await server.QueryAsync("{ conflicts { predicate } }"), 100);

        var one = (await server.QueryAsync("""{ conflicts(subject: "bulk-meeting-7") { predicate } }""")).Data();
        Assert.Equal("end", Assert.Single(one.At("conflicts").EnumerateArray()).At("predicate").GetString());
    }

    [Fact]
    public async Task A_history_beyond_the_maximum_is_refused_with_a_code()
    {
        await using var server = await ApiServer.StartAsync(new ApiServerOptions { Seed = false });
        // 1,001 corrections of one meeting's title: 1,001 versions of the same id.
        for (var i = 0; i < 1001; i++)
            await ImportAsync(server, $$"""{"type":"meeting","id":"bulk-meeting","title":"Bulk meeting {{i}}","kind":"CONFERENCE","start":"2019-01-15"}""" + "\n");

        AssertTooLarge(await server.QueryAsync("""{ history(id: "bulk-meeting") { version } }"""), 1000);
    }

    [Fact]
    public async Task An_entitys_claims_beyond_the_maximum_are_refused_while_one_predicate_still_answers()
    {
        await using var server = await ApiServer.StartAsync();
        // 101 claims about one meeting, each on its own predicate: no conflict, just a long list.
        var lines = new StringBuilder();
        lines.Append("""{"type":"meeting","id":"bulk-meeting","title":"Bulk meeting","kind":"CONFERENCE","start":"2019-01-15"}""").Append('\n');
        for (var i = 0; i < 101; i++)
            lines.Append($$"""{"type":"claim","subject":"bulk-meeting","predicate":"note{{i}}","value":"v","sources":[{"id":"003_567ac5c925efd7a1"}]}""").Append('\n');
        await ImportAsync(server, lines.ToString());

        AssertTooLarge(await server.QueryAsync("""{ node(id: "bulk-meeting") { ... on Meeting { claims { predicate } } } }"""), 100);

        var one = (await server.QueryAsync("""{ node(id: "bulk-meeting") { ... on Meeting { claims(predicate: "note7") { value } } } }""")).Data();
        Assert.Single(one.At("node", "claims").EnumerateArray());
    }

    [Fact]
    public async Task One_side_of_a_conflict_stated_by_more_than_a_hundred_sources_is_refused_not_cut()
    {
        await using var server = await ApiServer.StartAsync(new ApiServerOptions { Seed = false });
        // The meeting's own end and a claim of the same end each cite 60 sources (each within its bound), together 120;
        // a second claim disagrees, so the conflict's first side has 120 sources.
        var lines = new StringBuilder();
        for (var i = 0; i < 121; i++)
            lines.Append($$"""{"type":"source","id":"bulk-source-{{i}}","title":"Bulk source {{i}}"}""").Append('\n');
        string Cite(int from, int count) => string.Join(",", Enumerable.Range(from, count).Select(i => $$"""{"id":"bulk-source-{{i}}"}"""));
        lines.Append($$"""{"type":"meeting","id":"bulk-meeting","title":"Bulk meeting","kind":"CONFERENCE","start":"2019-01-15","end":"2019-01-16","sources":[{{Cite(0, 60)}}]}""").Append('\n');
        lines.Append($$"""{"type":"claim","subject":"bulk-meeting","predicate":"end","value":"2019-01-16","sources":[{{Cite(60, 60)}}]}""").Append('\n');
        lines.Append($$"""{"type":"claim","subject":"bulk-meeting","predicate":"end","value":"2019-01-17","sources":[{{Cite(120, 1)}}]}""").Append('\n');
        await ImportAsync(server, lines.ToString());

        var response = await server.QueryAsync("""{ conflicts(subject: "bulk-meeting") { claims { value sources { id } } } }""");

        Assert.Contains(response.GetProperty("errors").EnumerateArray(), error =>
            error.At("extensions", "code").GetString() == "RESULT_TOO_LARGE" && error.At("extensions", "maximum").GetInt32() == 100);
    }
}
