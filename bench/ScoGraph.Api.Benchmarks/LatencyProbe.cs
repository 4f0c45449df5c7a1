using System.Diagnostics;

namespace ScoGraph.Api.Benchmarks;

/// <summary>
/// Measures several operations fairly: all are warmed up first (so the tiered JIT has compiled every hot path before
/// any clock starts), then they run in interleaved rounds, so drift on a shared machine (other processes, GC, CPU
/// frequency) hits each operation alike. Reports the median and the 95th percentile of each.
/// </summary>
internal static class LatencyProbe
{
    public sealed record Operation(string Name, Func<Task> Run);

    public sealed record Result(string Name, double MedianMs, double P95Ms, int Runs);

    public static async Task<IReadOnlyList<Result>> MeasureAsync(IReadOnlyList<Operation> operations, int warmUp, int runs, int rounds = 10)
    {
        foreach (var operation in operations)
        {
            for (var i = 0; i < warmUp; i++) await operation.Run();
        }
        // Let background (tier-1) compilation finish before the clock starts.
        await Task.Delay(1000);

        var samples = operations.Select(_ => new List<double>(runs)).ToArray();
        var perRound = Math.Max(1, runs / rounds);
        for (var round = 0; round < rounds; round++)
        {
            for (var o = 0; o < operations.Count; o++)
            {
                for (var i = 0; i < perRound; i++)
                {
                    var start = Stopwatch.GetTimestamp();
                    await operations[o].Run();
                    samples[o].Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                }
            }
        }
        return operations.Select((operation, o) =>
        {
            var sorted = samples[o].Order().ToArray();
            return new Result(operation.Name, sorted[sorted.Length / 2], sorted[(int)(sorted.Length * 0.95)], sorted.Length);
        }).ToArray();
    }
}
