using System.Diagnostics;
using System.Text.RegularExpressions;
using ScoGraph.Cli.Tests.Support;

namespace ScoGraph.Import.Benchmarks;

/// <summary>
/// N synthetic facts into an empty store twice: the CLI straight into SQLite, and the CLI through a real server's
/// POST /import (server RSS sampled while it imports). Both with the same batch size; printed side by side.
/// </summary>
public static partial class ImportRace
{
    private const string Key = "bench-key";

    public static async Task RunAsync(int facts, int batchSize, string folder)
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

        using var server = ChildProcess.Start(api, "--urls", "http://127.0.0.1:0", $"--ScoGraph:Sqlite:Path={Fresh(folder, "server.db")}",
            "--ScoGraph:Seed=false", $"--ScoGraph:ApiKeys={Key}");
        var address = await ListeningAsync(server);
        var baseline = server.PeakRssBytes;
        var viaServer = TimeAsync(cli, ["import", "--server", address, "--api-key", Key, "--batch-size", batchSize.ToString(), file]);
        await server.SampleMemoryAsync(viaServer);
        var endpoint = await viaServer;

        Console.WriteLine();
        Console.WriteLine($"{"path",-30} {"exit",4} {"seconds",8} {"lines/s",9} {"facts/s",9} {"target",8}  server peak RSS");
        Console.WriteLine($"{"CLI direct into SQLite",-30} {direct.Exit,4} {direct.Seconds,8:0.0} {lines / direct.Seconds,9:N0} {facts / direct.Seconds,9:N0} {50_000,8:N0}  -");
        Console.WriteLine($"{"CLI --server → POST /import",-30} {endpoint.Exit,4} {endpoint.Seconds,8:0.0} {lines / endpoint.Seconds,9:N0} {facts / endpoint.Seconds,9:N0} {30_000,8:N0}  {server.PeakRssBytes / 1e6:0} MB");
        _ = baseline;
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
