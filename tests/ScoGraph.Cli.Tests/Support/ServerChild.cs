using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace ScoGraph.Cli.Tests.Support;

/// <summary>
/// The real server in a child process (<c>dotnet ScoGraph.Api.dll</c>, copied next to the tests), on 127.0.0.1 at the
/// port it reports, over a given store file, so that a test can kill it without warning.
/// </summary>
public sealed partial class ServerChild : IDisposable
{
    private readonly StringBuilder _output = new();

    private ServerChild(Process process) => Process = process;

    public Process Process { get; }

    public Uri Address { get; private set; } = null!;

    public string Output
    {
        get { lock (_output) return _output.ToString(); }
    }

    public static async Task<ServerChild> StartAsync(string databasePath, string apiKey)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in (string[])[Path.Combine(AppContext.BaseDirectory, "ScoGraph.Api.dll"), "--urls", "http://127.0.0.1:0",
                     $"--ScoGraph:Sqlite:Path={databasePath}", "--ScoGraph:Seed=false", $"--ScoGraph:ApiKeys={apiKey}",
                     // A killed server cannot delete its upload spool: keep it in the test's folder, which is deleted.
                     $"--ScoGraph:Import:SpoolDirectory={Path.GetDirectoryName(databasePath)}"])
            start.ArgumentList.Add(arg);
        start.Environment.Remove("ASPNETCORE_URLS");
        var child = new ServerChild(Process.Start(start) ?? throw new InvalidOperationException("cannot start dotnet"));
        child.Process.OutputDataReceived += (_, e) => { lock (child._output) child._output.AppendLine(e.Data); };
        child.Process.ErrorDataReceived += (_, e) => { lock (child._output) child._output.AppendLine(e.Data); };
        child.Process.BeginOutputReadLine();
        child.Process.BeginErrorReadLine();
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(120))
        {
            if (Listening().Match(child.Output) is { Success: true } match)
            {
                child.Address = new Uri(match.Groups[1].Value);
                return child;
            }
            if (child.Process.HasExited) throw new InvalidOperationException("the server exited:\n" + child.Output);
            await Task.Delay(100);
        }
        child.Dispose();
        throw new TimeoutException("the server did not start:\n" + child.Output);
    }

    /// <summary>SIGKILL: no shutdown, no flush, no cleanup.</summary>
    public async Task KillAsync()
    {
        Process.Kill();
        await Process.WaitForExitAsync();
    }

    [GeneratedRegex(@"Now listening on: (http://\S+)")]
    private static partial Regex Listening();

    public void Dispose()
    {
        if (!Process.HasExited) Process.Kill(entireProcessTree: true);
        Process.Dispose();
    }
}
