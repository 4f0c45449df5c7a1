using System.Diagnostics;

namespace ScoGraph.Storage.Benchmarks;

/// <summary>Runs a query many times after a warm-up and reports the median and 95th percentile.</summary>
internal static class LatencyProbe
{
    public sealed record Result(string Name, double MedianMs, double P95Ms, int Runs);

    public static async Task<Result> MeasureAsync(string name, Func<int, Task> query, int warmUp = 1500, int runs = 2000)
    {
        for (var i = 0; i < warmUp; i++) await query(i);
        // Let the tiered JIT finish recompiling the hot paths before the clock starts.
        if (warmUp > 0) await Task.Delay(300);
        var samples = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await query(i);
            samples[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }
        Array.Sort(samples);
        return new Result(name, samples[runs / 2], samples[(int)(runs * 0.95)], runs);
    }
}
