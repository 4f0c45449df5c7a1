using System.Diagnostics;

namespace ScoGraph.GraphQL.AspNetCore.Tests.TestServer;

/// <summary>Runs the node scripts of <c>tests/tools</c> (graphql-http's audits, the Chromium IDE check).</summary>
public static class NodeTools
{
    /// <summary>The repository's <c>tests/tools</c> folder, found by walking up from the test binaries.</summary>
    public static string ToolsDirectory { get; } = FindToolsDirectory();

    public static bool IsInstalled(string package) =>
        Directory.Exists(Path.Combine(ToolsDirectory, "node_modules", package));

    public sealed record NodeRun(int ExitCode, string StandardOutput, string StandardError);

    public static async Task<NodeRun> RunAsync(string script, IEnumerable<string> arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = ToolsDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);

        using var process = Process.Start(start) ?? throw new InvalidOperationException("node could not be started.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"node {script} did not finish within {timeout.TotalSeconds} s. stderr: {await error}");
        }
        return new NodeRun(process.ExitCode, await output, await error);
    }

    private static string FindToolsDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "tests", "tools", "package.json");
            if (File.Exists(candidate)) return Path.GetDirectoryName(candidate)!;
        }
        throw new DirectoryNotFoundException("tests/tools was not found above " + AppContext.BaseDirectory);
    }
}
