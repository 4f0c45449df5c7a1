using System.Net.Http.Json;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using ScoGraph.Api.Tests.Support;
using ScoGraph.Domain.Import;
using ScoGraph.Domain.Ports;

namespace ScoGraph.Api.Tests.Resolvers;

/// <summary>
/// Unpaged event lists have a documented maximum and say when they would pass it, instead of being cut silently by the
/// store's limit or growing without bound (issue 11, finding 2); the cost analysis weighs them by that maximum.
/// </summary>
public sealed class EventListLimitSpecs
{
    /// <summary>1,001 meetings hosted by Kyrgyzstan on 2019-01-15: more events than one answer holds.</summary>
    private static async Task ImportBulkMeetingsAsync(ApiServer server)
    {
        var lines = new StringBuilder();
        for (var i = 0; i < 1001; i++)
        {
            lines.Append($$"""{"type":"meeting","id":"bulk-meeting-{{i}}","title":"Bulk meeting {{i}}","kind":"CONFERENCE","start":"2019-01-15","host":"KGZ","city":"Bishkek","country":"KGZ"}""").Append('\n');
        }
        var report = await new Importer(server.Services.GetRequiredService<ITimelineStore>()).ImportAsync(lines.ToString(), CancellationToken.None);
        Assert.Empty(report.Errors);
    }

    [Fact]
    public async Task Changes_and_timelines_longer_than_the_maximum_are_refused_with_a_code_never_cut()
    {
        await using var server = await ApiServer.StartAsync();
        await ImportBulkMeetingsAsync(server);

        var changes = await server.QueryAsync("""{ changes(from: "2019-01-01", to: "2019-12-31") { date kind } }""");
        var timeline = await server.QueryAsync("""{ timeline(id: "KGZ") { date } }""");
        var stateTimeline = await server.QueryAsync("""{ state(iso3: "KGZ") { timeline { date } } }""");

        foreach (var response in new[] { changes, timeline, stateTimeline })
        {
            var error = Assert.Single(response.GetProperty("errors").EnumerateArray());
            Assert.Equal("RESULT_TOO_LARGE", error.At("extensions", "code").GetString());
            Assert.Contains("more than 1000 events", error.GetProperty("message").GetString());
        }

        // A narrower range still answers, with the 2019 Bishkek summit among the events.
        var june = (await server.QueryAsync("""{ changes(from: "2019-06-01", to: "2019-06-30") { kind ... on MeetingEvent { meeting { id } } } }""")).Data();
        Assert.Contains("2019-bishkek-summit", june.At("changes").EnumerateArray()
            .Where(e => e.TryGetProperty("meeting", out _)).Select(e => e.At("meeting", "id").GetString()));
    }

    [Fact]
    public async Task The_cost_analysis_weighs_event_lists_by_their_maximum()
    {
        await using var server = await ApiServer.StartAsync(new ApiServerOptions { Seed = false });

        using var response = await server.Client.PostAsJsonAsync("/graphql", new
        {
            query = """{ changes(from: "2019-01-01", to: "2019-12-31") { date } }""",
            extensions = new { cost = true },
        });
        var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(2000, json.At("extensions", "cost", "fieldCost").GetInt64());
    }
}
