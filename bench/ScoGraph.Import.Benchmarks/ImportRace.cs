using System.Diagnostics;
using System.Text.RegularExpressions;
using ScoGraph.Cli.Tests.Support;

namespace ScoGraph.Import.Benchmarks;

/// <summary>
/// N synthetic facts into an empty store twice: the CLI straight into SQLite, and the CLI through a real server's
/// POST /import (server RSS sampled while it imports). Both with the same batch size; printed side by side.
/// Optionally a third row: a big synthetic file (1 GB for issue 12) streamed to a fresh server, for its peak memory.
/// </summary>
public static partial class ImportRace
{
    private const string Key = "bench-key";

    public static async Task RunAsync(int facts, int batchSize, string folder, long bigFileBytes = 0)
    {
        // "Facts" as the store counts them (FactProjection), as in the CLI's facts/s: 14 per block of 5 lines.
        var lines = SyntheticFacts.LinesFor(facts);
        facts = lines / SyntheticFacts.BlockSize * SyntheticFacts.FactsPerBlock;
        var file = Path.Combine(folder, $"synthetic-{lines}.jsonl");
        if (!File.Exists(file)) SyntheticFacts.WriteFile(file, lines);
        var size = new FileInfo(file).Length;
        Console.WriteLine($"input: {facts:N0} facts in {lines:N0} lines, {size / 1e6:0.0} MB, batch size {batchSize:N0}, {Environment.ProcessorCount} cores, load {Load()}");

        var cli = Path.Combine(AppContext.BaseDirectory, "scograph.dll");
        var api = Path.Combine(AppContext.BaseDirectory, "ScoGraph.Api.dll");

        var direct = await TimeAsync(cli, ["import", "--sqlite", Fresh(folder, "direct.db"), "--batch-size", batchSize.ToString(), file]);

        var (endpoint, peak) = await ThroughServerAsync(cli, api, folder, "server.db", batchSize, file);
        var big = bigFileBytes > 0 ? await BigFileAsync(cli, api, folder, batchSize, bigFileBytes) : default;

        Console.WriteLine();
        Console.WriteLine($"{"path",-30} {"exit",4} {"seconds",8} {"lines/s",9} {"facts/s",9} {"target",8}  server peak RSS");
        Console.WriteLine($"{"CLI direct into SQLite",-30} {direct.Exit,4} {direct.Seconds,8:0.0} {lines / direct.Seconds,9:N0} {facts / direct.Seconds,9:N0} {50_000,8:N0}  -");
        Console.WriteLine($"{"CLI --server → POST /import",-30} {endpoint.Exit,4} {endpoint.Seconds,8:0.0} {lines / endpoint.Seconds,9:N0} {facts / endpoint.Seconds,9:N0} {30_000,8:N0}  {peak}");
        if (big.File is not null)
        {
            var label = $"{big.Bytes / 1e9:0.00} GB file → POST /import";
            Console.WriteLine($"{label,-30} {big.Run.Exit,4} {big.Run.Seconds,8:0.0} {big.Lines / big.Run.Seconds,9:N0} {big.Facts / big.Run.Seconds,9:N0} {"-",8}  {big.Peak} (target < 400 MB)");
        }
    }

    /// <summary>A fresh server, the CLI importing through it, the server's memory sampled meanwhile.</summary>
    private static async Task<((int Exit, double Seconds) Run, string Peak)> ThroughServerAsync(string cli, string api, string folder, string db, int batchSize, string file)
    {
        using var server = ChildProcess.Start(api, "--urls", "http://127.0.0.1:0", $"--ScoGraph:Sqlite:Path={Fresh(folder, db)}",
            "--ScoGraph:Seed=false", $"--ScoGraph:ApiKeys={Key}", "--ScoGraph:Import:SpoolDirectory=" + folder);
        var address = await ListeningAsync(server);
        var viaServer = TimeAsync(cli, ["import", "--server", address, "--api-key", Key, "--batch-size", batchSize.ToString(), file]);
        await server.SampleMemoryAsync(viaServer);
        var run = await viaServer;
        // VmHWM is the kernel's own high-water mark: it catches a peak between two samples.
        var peak = $"{server.PeakRssBytes / 1e6:0} MB (VmHWM {server.HighWaterMarkBytes() / 1e6:0} MB)";
        return (run, peak);
    }

    /// <summary>Writes (once) a synthetic file of at least <paramref name="bytes"/> and imports it through a fresh server.</summary>
    private static async Task<(string? File, long Bytes, int Lines, int Facts, (int Exit, double Seconds) Run, string Peak)> BigFileAsync(
        string cli, string api, string folder, int batchSize, long bytes)
    {
        var lines = (int)(bytes / 120 / SyntheticFacts.BlockSize * SyntheticFacts.BlockSize);
        var file = Path.Combine(folder, $"synthetic-big-{bytes / (1024 * 1024)}MB.jsonl");
        if (!File.Exists(file) || new FileInfo(file).Length < bytes)
        {
            // Synthetic lines average about 130 bytes: whole blocks until the file reaches the size asked for.
            Console.WriteLine($"writing {file} ...");
            while (SyntheticFacts.WriteFile(file, lines) < bytes) lines += lines / 10 / SyntheticFacts.BlockSize * SyntheticFacts.BlockSize;
        }
        var size = new FileInfo(file).Length;
        var count = CountLines(file);
        Console.WriteLine($"big file: {count:N0} lines, {size / 1e9:0.00} GB; importing through the server ...");
        var (run, peak) = await ThroughServerAsync(cli, api, folder, "server-big.db", batchSize, file);
        foreach (var f in Directory.GetFiles(folder, "server-big.db*")) File.Delete(f);
        return (file, size, count, count / SyntheticFacts.BlockSize * SyntheticFacts.FactsPerBlock, run, peak);
    }

    private static int CountLines(string file)
    {
        var count = 0;
        foreach (var _ in File.ReadLines(file)) count++;
        return count;
    }

    private static string Fresh(string folder, string name)
    {
        foreach (var f in Directory.GetFiles(folder, name + "*")) File.Delete(f);
        return Path.Combine(folder, name);
    }

    private static async Task<(int Exit, double Seconds)> TimeAsync(string assembly, string[] args)
    {
        var clock = Stopwatch.StartNew();
        using var child = ChildProcess.Start(assembly, args);
        await child.Process.WaitForExitAsync();
        var seconds = clock.Elapsed.TotalSeconds;
        if (child.Process.ExitCode != 0) Console.Error.WriteLine(child.Output);
        return (child.Process.ExitCode, seconds);
    }

    private static async Task<string> ListeningAsync(ChildProcess server)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(120))
        {
            if (Listening().Match(server.Output) is { Success: true } match) return match.Groups[1].Value;
            if (server.Process.HasExited) throw new InvalidOperationException("the server exited:\n" + server.Output);
            await Task.Delay(100);
        }
        throw new TimeoutException("the server did not start:\n" + server.Output);
    }

    private static string Load() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

    [GeneratedRegex(@"Now listening on: (http://\S+)")]
    private static partial Regex Listening();
}
