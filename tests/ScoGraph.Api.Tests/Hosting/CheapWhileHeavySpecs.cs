using System.Diagnostics;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using ScoGraph.Api.Tests.Support;
using ScoGraph.Domain.Import;
using ScoGraph.Domain.Ports;
using Xunit.Abstractions;

namespace ScoGraph.Api.Tests.Hosting;

/// <summary>
/// Heavy requests cannot starve cheap ones (issue 11, finding 1), shown end to end over HTTP: while many clients keep
/// sending the most expensive reads the server admits, a lookup by id still answers in a small fraction of the time
/// one heavy request takes, instead of queueing behind them.
/// </summary>
public sealed class CheapWhileHeavySpecs(ITestOutputHelper output)
{
    private const int Sources = 20_000;

    private const int HeavyClients = 16;

    /// <summary>Ten words (the most a search may have), each in every synthetic source: every row matches.</summary>
    private const string HeavySearch = """{ search(text: "council heads state summit declaration charter treaty convention signed shanghai", first: 100) { matched node { id } } }""";

    /// <summary>A text filter reads every source's text (SQLite has no index for a substring).</summary>
    private const string HeavyFilter = """{ sources(first: 100, where: { text: "nothing matches this" }) { nodes { id } } }""";

    private const string Cheap = """{ state(iso3: "IND") { name } }""";

    private static async Task SeedAsync(ApiServer server)
    {
        var lines = new StringBuilder();
        lines.Append("""{"type":"state","id":"IND","iso3":"IND","name":"India"}""").Append('\n');
        for (var i = 0; i < Sources; i++)
        {
            lines.Append($$"""{"type":"source","id":"bulk-source-{{i}}","title":"Council of heads of state {{i}}: summit declaration on the charter, a treaty and a convention signed in Shanghai","publisher":"Bulk {{i % 97}}"}""").Append('\n');
        }
        var report = await new Importer(server.Services.GetRequiredService<ITimelineStore>()).ImportAsync(lines.ToString(), CancellationToken.None);
        Assert.Empty(report.Errors);
    }

    private static async Task<double> TimeAsync(ApiServer server, string query)
    {
        var clock = Stopwatch.StartNew();
        var response = await server.QueryAsync(query);
        Assert.Empty(response.ErrorMessages());
        return clock.Elapsed.TotalMilliseconds;
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted[sorted.Length / 2];
    }

    [Theory]
    [InlineData(HeavySearch)]
    [InlineData(HeavyFilter)]
    public async Task A_lookup_answers_quickly_while_many_heavy_reads_run(string heavy)
    {
        await using var server = await ApiServer.StartAsync(new ApiServerOptions { Seed = false });
        await SeedAsync(server);

        // Alone (after a warm-up): what one heavy request and one cheap request take.
        await TimeAsync(server, heavy);
        await TimeAsync(server, Cheap);
        var heavyAlone = Median([await TimeAsync(server, heavy), await TimeAsync(server, heavy), await TimeAsync(server, heavy)]);
        var cheapAlone = Median([await TimeAsync(server, Cheap), await TimeAsync(server, Cheap), await TimeAsync(server, Cheap)]);

        using var stop = new CancellationTokenSource();
        var heavyDone = 0;
        var clients = Enumerable.Range(0, HeavyClients).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                await TimeAsync(server, heavy);
                Interlocked.Increment(ref heavyDone);
            }
        })).ToArray();

        // Let the heavy clients fill every queue, then ask the cheap question repeatedly.
        await Task.Delay(TimeSpan.FromMilliseconds(Math.Max(500, heavyAlone * 2)));
        var cheapUnderLoad = new List<double>();
        for (var i = 0; i < 15; i++) cheapUnderLoad.Add(await TimeAsync(server, Cheap));
        var heavyAnswered = Volatile.Read(ref heavyDone);
        await stop.CancelAsync();
        await Task.WhenAll(clients);

        var median = Median(cheapUnderLoad);
        output.WriteLine($"heavy alone {heavyAlone:F0} ms, cheap alone {cheapAlone:F1} ms; under {HeavyClients} heavy clients " +
            $"({heavyAnswered} heavy answered meanwhile): cheap median {median:F1} ms, max {cheapUnderLoad.Max():F1} ms");

        // Queued behind the heavy requests, a lookup would wait for several of them (16 clients, few heavy slots).
        Assert.True(median < heavyAlone, $"cheap median {median:F1} ms is not below one heavy request alone ({heavyAlone:F0} ms)");
    }
}
