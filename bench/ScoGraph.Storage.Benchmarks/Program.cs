using System.Diagnostics;
using System.Globalization;
using ScoGraph.Domain.Model;
using ScoGraph.Domain.Ports;
using ScoGraph.Storage.Benchmarks;
using ScoGraph.Storage.Sqlite;

// Usage: dotnet run -c Release --project bench/ScoGraph.Storage.Benchmarks [-- --sizes 10000,100000,1000000 --folder DIR --keep]
// SQLite next to a real Neo4j: NEO4J_URI=http://localhost:7474 NEO4J_PASSWORD=... dotnet run -c Release --project
// bench/ScoGraph.Storage.Benchmarks -- --neo4j [--sizes 10000,100000,1000000] (wipes that Neo4j database).
// The child mode "--measure-open FILE UNITS" opens an existing store in a fresh process and reports its working set.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

if (args is ["--measure-open", var storeFile, var unitText])
{
    return await MeasureOpenAsync(storeFile, int.Parse(unitText, CultureInfo.InvariantCulture));
}

var sizes = Option("--sizes")?.Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray() ?? [10_000, 100_000, 1_000_000];
var folder = Option("--folder") ?? Path.Combine(Path.GetTempPath(), "scograph-storage-bench");
var keep = args.Contains("--keep");
Directory.CreateDirectory(folder);
if (args.Contains("--neo4j")) return await Neo4jComparison.RunAsync(sizes, folder);

var sharedFacts = SyntheticGraph.FactCount(SyntheticGraph.Shared());
var unitFacts = SyntheticGraph.FactCount(SyntheticGraph.Unit(0));
Console.WriteLine($"SQLite store benchmark — {Environment.ProcessorCount} cores, .NET {Environment.Version}");
Console.WriteLine($"synthetic unit = {unitFacts} facts (1 organization, 30 membership changes, 3 posts x 20 tenures, 10 meetings)");
Console.WriteLine();

// Warm the JIT on a throwaway store first, so the smallest size is not measured with half-compiled code.
await WarmUpAsync(Path.Combine(folder, "bench-warmup.db"));

var rows = new List<(int Target, int Facts, double ImportSeconds, long FileBytes, LatencyProbe.Result[] Latencies)>();
string? largestFile = null;
var largestUnits = 0;
foreach (var target in sizes)
{
    var units = Math.Max(1, (int)Math.Ceiling((target - sharedFacts) / (double)unitFacts));
    var file = Path.Combine(folder, $"bench-{target}.db");
    foreach (var old in Directory.GetFiles(folder, $"bench-{target}.db*")) File.Delete(old);

    await using (var store = await SqliteTimelineStore.OpenAsync(file))
    {
        var (facts, seconds) = await ImportAsync(store, units);
        var queries = new BenchmarkQueries(store, units);
        var latencies = new[]
        {
            await LatencyProbe.MeasureAsync("as-of membership (members of an org on a date)", queries.MembersOnAsync),
            await LatencyProbe.MeasureAsync("as-of holder (who held a post on a date)", queries.HolderOnAsync),
            await LatencyProbe.MeasureAsync("one-entity timeline (org, both directions)", queries.TimelineAsync),
        };
        rows.Add((target, facts, seconds, 0, latencies));
        Console.WriteLine($"{facts,9:N0} facts: imported in {seconds,6:F1} s = {facts / seconds,9:N0} facts/s");
        foreach (var l in latencies)
            Console.WriteLine($"           {l.Name,-50} median {l.MedianMs,7:F3} ms   p95 {l.P95Ms,7:F3} ms   ({l.Runs} runs)");
    }
    var bytes = Directory.GetFiles(folder, $"bench-{target}.db*").Sum(f => new FileInfo(f).Length);
    rows[^1] = rows[^1] with { FileBytes = bytes };
    Console.WriteLine($"           file size {bytes / 1024.0 / 1024.0:F1} MB");
    Console.WriteLine();
    largestFile = file;
    largestUnits = units;
}

if (rows.Count >= 2)
{
    var small = rows[0];
    var large = rows[^1];
    Console.WriteLine($"latency ratio {large.Facts:N0} / {small.Facts:N0} facts (median; target <= 1.5):");
    for (var i = 0; i < small.Latencies.Length; i++)
    {
        var ratio = large.Latencies[i].MedianMs / small.Latencies[i].MedianMs;
        Console.WriteLine($"  {small.Latencies[i].Name,-50} {ratio,5:F2}  {(ratio <= 1.5 ? "OK" : "MISSED")}");
    }
    var asOf = large.Latencies[0].MedianMs;
    Console.WriteLine($"  as-of membership at {large.Facts:N0} facts: {asOf:F3} ms (target < 5 ms) {(asOf < 5 ? "OK" : "MISSED")}");
    Console.WriteLine($"  import of {large.Facts:N0} facts: {large.ImportSeconds:F1} s (target < 60 s for 1M) {(large.ImportSeconds < 60 ? "OK" : "MISSED")}");
}

if (largestFile is not null)
{
    // A fresh process, so the import's garbage does not count: open the largest store and answer the queries.
    var child = ChildStartInfo("--measure-open", largestFile, largestUnits.ToString(CultureInfo.InvariantCulture));
    using var process = Process.Start(child)!;
    Console.WriteLine((await process.StandardOutput.ReadToEndAsync()).TrimEnd());
    await process.WaitForExitAsync();
}

if (!keep)
{
    foreach (var file in Directory.GetFiles(folder, "bench-*.db*")) File.Delete(file);
}
return 0;

static async Task WarmUpAsync(string file)
{
    foreach (var old in Directory.GetFiles(Path.GetDirectoryName(file)!, Path.GetFileName(file) + "*")) File.Delete(old);
    await using (var store = await SqliteTimelineStore.OpenAsync(file))
    {
        await ImportAsync(store, 20);
        var queries = new BenchmarkQueries(store, 20);
        await LatencyProbe.MeasureAsync("warm-up", queries.MembersOnAsync, warmUp: 3000, runs: 10);
        await LatencyProbe.MeasureAsync("warm-up", queries.HolderOnAsync, warmUp: 3000, runs: 10);
        await LatencyProbe.MeasureAsync("warm-up", queries.TimelineAsync, warmUp: 3000, runs: 10);
    }
    foreach (var old in Directory.GetFiles(Path.GetDirectoryName(file)!, Path.GetFileName(file) + "*")) File.Delete(old);
}

static async Task<(int Facts, double Seconds)> ImportAsync(ITimelineStore store, int units)
{
    const int UnitsPerBatch = 50;
    var stopwatch = Stopwatch.StartNew();
    var facts = 0;
    var shared = SyntheticGraph.Shared().ToArray();
    facts += SyntheticGraph.FactCount(shared);
    await store.WriteAsync(new WriteBatch(shared.Select(e => (WriteItem)new Upsert(e)).ToArray()), CancellationToken.None);
    for (var first = 0; first < units; first += UnitsPerBatch)
    {
        var entities = Enumerable.Range(first, Math.Min(UnitsPerBatch, units - first)).SelectMany(SyntheticGraph.Unit).ToArray();
        facts += SyntheticGraph.FactCount(entities);
        await store.WriteAsync(new WriteBatch(entities.Select(e => (WriteItem)new Upsert(e)).ToArray()), CancellationToken.None);
    }
    return (facts, stopwatch.Elapsed.TotalSeconds);
}

static async Task<int> MeasureOpenAsync(string file, int units)
{
    var stopwatch = Stopwatch.StartNew();
    await using var store = await SqliteTimelineStore.OpenAsync(file);
    var opened = stopwatch.Elapsed.TotalMilliseconds;
    var queries = new BenchmarkQueries(store, units);
    var first = await LatencyProbe.MeasureAsync("as-of membership, fresh process", queries.MembersOnAsync, warmUp: 0, runs: 1);
    for (var i = 0; i < 300; i++)
    {
        await queries.MembersOnAsync(i);
        await queries.HolderOnAsync(i);
        await queries.TimelineAsync(i);
    }
    using var self = Process.GetCurrentProcess();
    self.Refresh();
    Console.WriteLine($"fresh process on the largest store: opened in {opened:F0} ms, first as-of query {first.MedianMs:F1} ms (cold)");
    Console.WriteLine($"  working set after 900 queries: {self.WorkingSet64 / 1024.0 / 1024.0:F0} MB, peak {self.PeakWorkingSet64 / 1024.0 / 1024.0:F0} MB (target < 500 MB) {(self.PeakWorkingSet64 < 500L * 1024 * 1024 ? "OK" : "MISSED")}");
    return 0;
}

static ProcessStartInfo ChildStartInfo(params string[] childArgs)
{
    var host = Environment.ProcessPath!;
    var info = new ProcessStartInfo(host) { RedirectStandardOutput = true, UseShellExecute = false };
    // Under "dotnet app.dll" the host is dotnet itself and needs the assembly path first.
    if (Path.GetFileNameWithoutExtension(host) == "dotnet") info.ArgumentList.Add(typeof(SyntheticGraph).Assembly.Location);
    foreach (var arg in childArgs) info.ArgumentList.Add(arg);
    return info;
}

string? Option(string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}
