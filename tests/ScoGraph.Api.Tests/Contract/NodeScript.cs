using System.Diagnostics;

namespace ScoGraph.Api.Tests.Contract;

/// <summary>
/// Runs a Node script of <c>tests/tools</c> (graphql-js is installed there by the test build) with text on stdin and
/// returns its stdout; a non-zero exit fails with the script's stderr.
/// </summary>
public static class NodeScript
{
    public static async Task<string> RunAsync(string script, IReadOnlyList<string> arguments, string? standardInput = null)
    {
        var toolsDirectory = RepositoryFiles.PathOf("tests", "tools");
        var startInfo = new ProcessStartInfo("node")
        {
            WorkingDirectory = toolsDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        startInfo.ArgumentList.Add(script);
        foreach (var argument in arguments) startInfo.ArgumentList.Add(argument);

        Process? started;
        try
        {
            started = Process.Start(startInfo);
        }
        catch (System.ComponentModel.Win32Exception error)
        {
            throw new InvalidOperationException($"These tests need Node.js 18+ on the PATH to run {script} ({error.Message}).", error);
        }
        using var process = started ?? throw new InvalidOperationException($"Could not start node {script}.");
        // Read both pipes while writing stdin, so a large answer cannot block the script.
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (standardInput is not null) await process.StandardInput.WriteAsync(standardInput);
        process.StandardInput.Close();

        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"node {script} did not finish within a minute.");
        }
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"node {script} exited with {process.ExitCode}: {await errors}");
        }
        return await output;
    }
}
