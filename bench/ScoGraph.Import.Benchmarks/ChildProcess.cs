using System.Diagnostics;
using System.Text;

namespace ScoGraph.Import.Benchmarks;

/// <summary>A <c>dotnet X.dll ...</c> child with its output collected and its resident memory sampled.</summary>
public sealed class ChildProcess : IDisposable
{
    private readonly StringBuilder _output = new();

    public Process Process { get; }

    public long PeakRssBytes { get; private set; }

    private ChildProcess(Process process) => Process = process;

    public string Output
    {
        get { lock (_output) return _output.ToString(); }
    }

    public static ChildProcess Start(string assembly, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(assembly);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment.Remove("ASPNETCORE_URLS");
        var child = new ChildProcess(Process.Start(start) ?? throw new InvalidOperationException("cannot start dotnet"));
        child.Process.OutputDataReceived += (_, e) => { lock (child._output) child._output.AppendLine(e.Data); };
        child.Process.ErrorDataReceived += (_, e) => { lock (child._output) child._output.AppendLine(e.Data); };
        child.Process.BeginOutputReadLine();
        child.Process.BeginErrorReadLine();
        return child;
    }

    /// <summary>Samples VmRSS from /proc (Linux) every 100 ms until <paramref name="until"/> completes.</summary>
    public async Task SampleMemoryAsync(Task until)
    {
        while (!until.IsCompleted && !Process.HasExited)
        {
            PeakRssBytes = Math.Max(PeakRssBytes, Rss());
            await Task.WhenAny(until, Task.Delay(100));
        }
    }

    /// <summary>The kernel's peak resident size of the process so far (VmHWM), 0 once it has exited.</summary>
    public long HighWaterMarkBytes() => Status("VmHWM:");

    private long Rss() => Status("VmRSS:");

    private long Status(string field)
    {
        try
        {
            var line = File.ReadLines($"/proc/{Process.Id}/status").FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) * 1024;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    public void Dispose()
    {
        if (!Process.HasExited) Process.Kill(entireProcessTree: true);
        Process.Dispose();
    }
}
