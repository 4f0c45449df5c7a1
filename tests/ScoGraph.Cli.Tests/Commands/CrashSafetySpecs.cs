using System.Diagnostics;
using ScoGraph.Cli.Tests.Support;

namespace ScoGraph.Cli.Tests.Commands;

/// <summary>A <c>kill -9</c> of the CLI in the middle of an import leaves whole batches only; the same import run again completes it.</summary>
public sealed class CrashSafetySpecs
{
    // Large enough that the import is still running when a few batches have landed, on a fast run too.
    private const int Lines = 200_000;
    private const int BatchSize = 500;

    [Fact]
    public async Task Killing_the_cli_mid_import_leaves_whole_batches_and_rerunning_completes_it()
    {
        using var temp = new TempFolder();
        var file = temp.File("synthetic.jsonl");
        SyntheticFacts.WriteFile(file, Lines);
        var db = temp.File("s.db");

        using (var child = Start("import", "--sqlite", db, "--batch-size", BatchSize.ToString(), file))
        {
            // Wait until batches are landing, then kill without warning (SIGKILL: no handler, no cleanup).
            var deadline = Stopwatch.StartNew();
            while (!child.HasExited && deadline.Elapsed < TimeSpan.FromSeconds(90) && await LandedAsync(db) < 4 * BatchSize)
                await Task.Delay(50);
            Assert.False(child.HasExited, "the import finished before it could be killed; make the input larger");
            child.Kill();
            await child.WaitForExitAsync();
        }

        var landed = await StoreProbe.CountAsync(db);
        Assert.InRange(landed, BatchSize, Lines - 1);
        Assert.Equal(0, landed % BatchSize);

        var rerun = await CliRun.RunAsync("import", "--sqlite", db, "--batch-size", BatchSize.ToString(), file);
        Assert.True(rerun.ExitCode == 0, rerun.ToString());
        Assert.Matches($@"unchanged\s+│\s+{landed:N0}", rerun.Out);
        Assert.Equal(Lines, await StoreProbe.CountAsync(db));
    }

    [Fact]
    public async Task Killing_the_server_mid_import_leaves_whole_batches_and_rerunning_completes_it()
    {
        using var temp = new TempFolder();
        var file = temp.File("synthetic.jsonl");
        SyntheticFacts.WriteFile(file, Lines);
        var db = temp.File("server.db");
        string[] import(Uri server) => ["import", "--server", server.ToString(), "--api-key", "k", "--batch-size", BatchSize.ToString(), file];

        using (var server = await ServerChild.StartAsync(db, "k"))
        {
            var run = CliRun.RunAsync(import(server.Address));
            var deadline = Stopwatch.StartNew();
            while (!run.IsCompleted && deadline.Elapsed < TimeSpan.FromSeconds(90) && await LandedAsync(db) < 4 * BatchSize)
                await Task.Delay(50);
            Assert.False(run.IsCompleted, "the import finished before the server could be killed; make the input larger");
            await server.KillAsync();
            var cut = await run;
            Assert.True(cut.ExitCode == ExitCodes.Unreachable, cut.ToString());
            Assert.Contains("run the same import again", cut.Error);
        }

        var landed = await StoreProbe.CountAsync(db);
        Assert.InRange(landed, BatchSize, Lines - 1);
        Assert.Equal(0, landed % BatchSize);

        using var restarted = await ServerChild.StartAsync(db, "k");
        var rerun = await CliRun.RunAsync(import(restarted.Address));
        Assert.True(rerun.ExitCode == 0, rerun.ToString());
        Assert.Matches($@"unchanged\s+│\s+{landed:N0}", rerun.Out);
        Assert.Equal(Lines, await StoreProbe.CountAsync(db));
    }

    private static async Task<int> LandedAsync(string db)
    {
        if (!File.Exists(db)) return 0;
        try
        {
            return await StoreProbe.CountAsync(db);
        }
        catch (Exception)
        {
            // The child is still creating the file (migrations): not yet.
            return 0;
        }
    }

    private static Process Start(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Repository.CliAssembly);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }
}
