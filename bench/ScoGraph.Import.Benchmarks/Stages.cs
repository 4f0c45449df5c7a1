using System.Diagnostics;
using ScoGraph.Cli.Tests.Support;
using ScoGraph.Domain.Import;
using ScoGraph.Domain.Model;
using ScoGraph.Domain.Ports;
using ScoGraph.Domain.Validation;
using ScoGraph.Storage.Sqlite;

namespace ScoGraph.Import.Benchmarks;

/// <summary><c>--stages N</c>: where an import's time goes per line (parse, validate, store write), to know what to speed up.</summary>
public static class Stages
{
    public static async Task RunAsync(int lines, string folder)
    {
        var text = Enumerable.Range(0, lines).Select(SyntheticFacts.Line).ToArray();
        var clock = Stopwatch.StartNew();
        var cpu = CpuNow();
        var parsed = text.Select((t, i) => ImportLineParser.Parse(t, i + 1)).ToArray();
        Report("parse", clock.Elapsed, CpuNow() - cpu, lines);

        var known = parsed.Where(p => p.DeclaredId is not null).ToDictionary(p => p.DeclaredId!, p => p.DeclaredKind!.Value);
        var validator = new WriteItemValidator(new ReferenceCatalog(known));
        clock.Restart();
        cpu = CpuNow();
        foreach (var line in parsed) validator.Check(line.Item!);
        Report("validate", clock.Elapsed, CpuNow() - cpu, lines);

        await using var store = await SqliteTimelineStore.OpenAsync(Path.Combine(folder, "stages.db"));
        clock.Restart();
        cpu = CpuNow();
        foreach (var chunk in parsed.Select(p => p.Item!).Chunk(5000))
            await store.WriteAsync(new WriteBatch(chunk), CancellationToken.None);
        Report("store write", clock.Elapsed, CpuNow() - cpu, lines);
    }

    // CPU time as well as wall time: on a shared machine the wall clock measures the neighbours too.
    private static TimeSpan CpuNow() => Process.GetCurrentProcess().TotalProcessorTime;

    private static void Report(string stage, TimeSpan elapsed, TimeSpan cpu, int lines) =>
        Console.WriteLine($"{stage,-12} {elapsed.TotalSeconds,8:0.00} s  {lines / elapsed.TotalSeconds,10:N0} lines/s  {elapsed.TotalMicroseconds / lines,8:0.0} µs/line  {cpu.TotalMicroseconds / lines,8:0.0} CPU µs/line");
}
