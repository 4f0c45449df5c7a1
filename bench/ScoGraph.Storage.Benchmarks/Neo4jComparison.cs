using System.Diagnostics;
using ScoGraph.Domain.Model;
using ScoGraph.Domain.Ports;
using ScoGraph.Storage.Neo4j;
using ScoGraph.Storage.Neo4j.Http;
using ScoGraph.Storage.Sqlite;

namespace ScoGraph.Storage.Benchmarks;

/// <summary>
/// The same synthetic graph imported into SQLite and into a real Neo4j (NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD,
/// NEO4J_DATABASE), size by size, with import speed and the as-of / timeline latencies printed side by side. The Neo4j
/// database is wiped before each size: point it at a server whose data may go.
/// </summary>
internal static class Neo4jComparison
{
    private sealed record Measured(string Store, int Facts, double ImportSeconds, LatencyProbe.Result[] Latencies)
    {
        public double FactsPerSecond => Facts / ImportSeconds;
    }

    public static async Task<int> RunAsync(int[] sizes, string folder)
    {
        if (Environment.GetEnvironmentVariable("NEO4J_URI") is not { Length: > 0 } uri)
        {
            Console.Error.WriteLine("--neo4j needs NEO4J_URI (and NEO4J_USER, NEO4J_PASSWORD), e.g. NEO4J_URI=http://localhost:7474");
            return 2;
        }
        var neo4j = new Neo4jStoreOptions
        {
            Uri = new Uri(uri),
            User = Environment.GetEnvironmentVariable("NEO4J_USER") ?? "neo4j",
            Password = Environment.GetEnvironmentVariable("NEO4J_PASSWORD") ?? "",
            Database = Environment.GetEnvironmentVariable("NEO4J_DATABASE") ?? "neo4j",
        };
        Console.WriteLine($"SQLite vs Neo4j ({neo4j.Uri}, database {neo4j.Database}) — {Environment.ProcessorCount} cores, .NET {Environment.Version}");
        Console.WriteLine();

        var sharedFacts = SyntheticGraph.FactCount(SyntheticGraph.Shared());
        var unitFacts = SyntheticGraph.FactCount(SyntheticGraph.Unit(0));
        var rows = new List<(Measured Sqlite, Measured Neo4j)>();
        foreach (var target in sizes)
        {
            var units = Math.Max(1, (int)Math.Ceiling((target - sharedFacts) / (double)unitFacts));
            var file = Path.Combine(folder, $"compare-{target}.db");
            foreach (var old in Directory.GetFiles(folder, $"compare-{target}.db*")) File.Delete(old);

            Measured onSqlite;
            await using (var store = await SqliteTimelineStore.OpenAsync(file))
                onSqlite = await MeasureAsync("SQLite", store, units, warmUp: 1500, runs: 2000);
            foreach (var old in Directory.GetFiles(folder, $"compare-{target}.db*")) File.Delete(old);

            await WipeAsync(neo4j);
            Measured onNeo4j;
            await using (var store = await Neo4jTimelineStore.OpenAsync(neo4j))
                onNeo4j = await MeasureAsync("Neo4j", store, units, warmUp: 100, runs: 300);

            rows.Add((onSqlite, onNeo4j));
            Print(onSqlite, onNeo4j);
        }

        if (rows.Count >= 2)
        {
            var (small, large) = (rows[0].Neo4j, rows[^1].Neo4j);
            var asOf = large.Latencies[0].MedianMs;
            var ratio = asOf / small.Latencies[0].MedianMs;
            Console.WriteLine($"Neo4j as-of membership at {large.Facts:N0} facts: {asOf:F2} ms (target < 10 ms) {(asOf < 10 ? "OK" : "MISSED")}, " +
                              $"{ratio:F2}x its {small.Facts:N0}-fact latency (target <= 1.5) {(ratio <= 1.5 ? "OK" : "MISSED")}");
        }
        var slowest = rows.Select(r => r.Neo4j).Where(m => m.Facts >= 100_000).DefaultIfEmpty(rows[^1].Neo4j).Min(m => m.FactsPerSecond);
        Console.WriteLine($"Neo4j import, slowest size >= 100k facts: {slowest:N0} facts/s (target >= 10,000) {(slowest >= 10_000 ? "OK" : "MISSED")}");
        return 0;
    }

    private static async Task<Measured> MeasureAsync(string name, ITimelineStore store, int units, int warmUp, int runs)
    {
        var (facts, seconds) = await ImportAsync(store, units);
        var queries = new BenchmarkQueries(store, units);
        var latencies = new[]
        {
            await LatencyProbe.MeasureAsync("as-of membership", queries.MembersOnAsync, warmUp, runs),
            await LatencyProbe.MeasureAsync("as-of post holder", queries.HolderOnAsync, warmUp, runs),
            await LatencyProbe.MeasureAsync("timeline of one organization", queries.TimelineAsync, warmUp, runs),
        };
        return new Measured(name, facts, seconds, latencies);
    }

    private static void Print(Measured sqlite, Measured neo4j)
    {
        Console.WriteLine($"{sqlite.Facts,9:N0} facts            {"SQLite",14} {"Neo4j",14}   Neo4j/SQLite");
        Console.WriteLine($"  import (facts/s)         {sqlite.FactsPerSecond,14:N0} {neo4j.FactsPerSecond,14:N0}   {sqlite.FactsPerSecond / neo4j.FactsPerSecond,8:F1}x slower");
        for (var i = 0; i < sqlite.Latencies.Length; i++)
        {
            var (s, n) = (sqlite.Latencies[i], neo4j.Latencies[i]);
            Console.WriteLine($"  {s.Name,-28} median {s.MedianMs,7:F3} ms {n.MedianMs,8:F3} ms   p95 {s.P95Ms,7:F3} / {n.P95Ms,7:F3} ms");
        }
        Console.WriteLine();
    }

    private static async Task<(int Facts, double Seconds)> ImportAsync(ITimelineStore store, int units)
    {
        const int UnitsPerBatch = 50;
        var stopwatch = Stopwatch.StartNew();
        var shared = SyntheticGraph.Shared().ToArray();
        var facts = SyntheticGraph.FactCount(shared);
        await store.WriteAsync(new WriteBatch(shared.Select(e => (WriteItem)new Upsert(e)).ToArray()), CancellationToken.None);
        for (var first = 0; first < units; first += UnitsPerBatch)
        {
            var entities = Enumerable.Range(first, Math.Min(UnitsPerBatch, units - first)).SelectMany(SyntheticGraph.Unit).ToArray();
            facts += SyntheticGraph.FactCount(entities);
            await store.WriteAsync(new WriteBatch(entities.Select(e => (WriteItem)new Upsert(e)).ToArray()), CancellationToken.None);
        }
        return (facts, stopwatch.Elapsed.TotalSeconds);
    }

    /// <summary>Deletes every node and relationship (in chunks, so a million facts do not need one huge transaction); keeps the schema.</summary>
    private static async Task WipeAsync(Neo4jStoreOptions options)
    {
        using var session = new Neo4jHttpSession(options);
        await session.ExecuteAsync([new CypherStatement("MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS")],
            CancellationToken.None);
    }
}
