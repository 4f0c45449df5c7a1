using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using ScoGraph.Api.Tests.Examples;
using ScoGraph.Api.Tests.Hosting;
using Xunit.Abstractions;

namespace ScoGraph.Api.Tests.Load;

/// <summary>
/// The on-demand load run: the built server as a child process (so its memory is its own), 32 connections sending the
/// README's example queries round-robin for <c>SCOGRAPH_LOAD_SECONDS</c>. It must answer every request without an
/// error and its resident memory (RSS, from <c>/proc</c>) must grow by less than 100 MB from after a warm-up to the end.
/// <code>SCOGRAPH_LOAD_SECONDS=60 dotnet test tests/ScoGraph.Api.Tests -c Release --filter ReadmeLoadSpecs --logger "console;verbosity=detailed"</code>
/// </summary>
public sealed class ReadmeLoadSpecs(ITestOutputHelper output)
{
    private const int Connections = 32;
    private const long MaxRssGrowthBytes = 100L * 1024 * 1024;

    [LoadFact]
    public async Task The_README_queries_at_32_connections_answer_without_errors_and_memory_stays_flat()
    {
        var seconds = int.Parse(Environment.GetEnvironmentVariable(LoadFactAttribute.Variable)!, CultureInfo.InvariantCulture);
        var queries = ReadmeExamples.Examples.Select(e => e.Query)
            .Where(q => !q.TrimStart().StartsWith("mutation", StringComparison.Ordinal)).ToArray();
        Assert.NotEmpty(queries);

        using var folder = new TempFolder();
        await using var server = await ServerProcess.StartAsync(folder.File("scograph.db"));
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Connections }) { BaseAddress = server.BaseAddress };

        // Warm-up: every query a few times (JIT, caches, pools), then the baseline.
        await RunAsync(client, queries, TimeSpan.FromSeconds(Math.Min(10, Math.Max(2, seconds / 6))));
        var baseline = Rss(server.ProcessId);
        var peak = baseline;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                peak = Math.Max(peak, Rss(server.ProcessId));
                try { await Task.Delay(500, sampling.Token); } catch (OperationCanceledException) { }
            }
        });

        var run = await RunAsync(client, queries, TimeSpan.FromSeconds(seconds));
        sampling.Cancel();
        await sampler;
        var end = Rss(server.ProcessId);

        var latencies = run.Latencies.Order().ToArray();
        var summary = new
        {
            seconds,
            connections = Connections,
            queries = queries.Length,
            requests = run.Requests,
            errors = run.Errors,
            requestsPerSecond = Math.Round(run.Requests / run.Elapsed.TotalSeconds),
            p50Ms = Percentile(latencies, 0.50),
            p99Ms = Percentile(latencies, 0.99),
            rssBaselineMb = Mb(baseline),
            rssEndMb = Mb(end),
            rssPeakMb = Mb(peak),
            rssGrowthMb = Mb(end - baseline),
            firstErrors = run.FirstErrors,
        };
        var json = JsonSerializer.Serialize(summary);
        output.WriteLine("JSON " + json);

        Assert.True(run.Errors == 0, $"{run.Errors} request(s) failed: {json}");
        Assert.True(end - baseline < MaxRssGrowthBytes, $"RSS grew by {Mb(end - baseline)} MB: {json}");
    }

    private sealed record RunResult(long Requests, long Errors, TimeSpan Elapsed, List<double> Latencies, List<string> FirstErrors);

    private static async Task<RunResult> RunAsync(HttpClient client, string[] queries, TimeSpan duration)
    {
        long requests = 0, errors = 0;
        var latencies = new List<double>[Connections];
        var firstErrors = new List<string>();
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, Connections).Select(worker => Task.Run(async () =>
        {
            var mine = latencies[worker] = [];
            for (var i = worker; clock.Elapsed < duration; i++)
            {
                var started = Stopwatch.GetTimestamp();
                var problem = await SendAsync(client, queries[i % queries.Length]);
                mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                Interlocked.Increment(ref requests);
                if (problem is null) continue;
                Interlocked.Increment(ref errors);
                lock (firstErrors)
                {
                    if (firstErrors.Count < 5) firstErrors.Add(problem);
                }
            }
        })).ToArray();
        await Task.WhenAll(workers);
        return new RunResult(requests, errors, clock.Elapsed, latencies.SelectMany(l => l).ToList(), firstErrors);
    }

    /// <summary>Null when the answer is a 200 with data and no errors; else what went wrong.</summary>
    private static async Task<string?> SendAsync(HttpClient client, string query)
    {
        try
        {
            using var response = await client.PostAsJsonAsync("/graphql", new { query });
            var body = await response.Content.ReadAsStringAsync();
            if (!response.IsSuccessStatusCode) return $"{(int)response.StatusCode}: {Cut(body)}";
            using var document = JsonDocument.Parse(body);
            return document.RootElement.TryGetProperty("errors", out _) ? Cut(body) : null;
        }
        catch (Exception e) when (e is HttpRequestException or JsonException or TaskCanceledException)
        {
            return e.GetType().Name + ": " + e.Message;
        }
    }

    private static string Cut(string text) => text.Length > 300 ? text[..300] + "…" : text;

    /// <summary>Resident set size of a process in bytes (Linux: VmRSS in /proc/PID/status).</summary>
    private static long Rss(int processId)
    {
        foreach (var line in File.ReadLines($"/proc/{processId}/status"))
        {
            if (!line.StartsWith("VmRSS:", StringComparison.Ordinal)) continue;
            var kb = line["VmRSS:".Length..].Trim().Split(' ')[0];
            return long.Parse(kb, CultureInfo.InvariantCulture) * 1024;
        }
        throw new InvalidOperationException($"/proc/{processId}/status has no VmRSS line");
    }

    private static double Mb(long bytes) => Math.Round(bytes / (1024.0 * 1024.0), 1);

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : Math.Round(sorted[Math.Min(sorted.Length - 1, (int)(p * sorted.Length))], 2);
}
