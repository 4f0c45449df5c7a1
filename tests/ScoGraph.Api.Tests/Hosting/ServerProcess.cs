using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ScoGraph.Api.Tests.Contract;

namespace ScoGraph.Api.Tests.Hosting;

/// <summary>
/// The real server as <c>dotnet run</c> starts it: <c>dotnet ScoGraph.Api.dll --urls http://127.0.0.1:0
/// --ScoGraph:Sqlite:Path=FILE</c> in a child process, working directory = the project folder unless told otherwise.
/// The port is the one the server itself reports ("Now listening on: ..."), so no other server can be mistaken for
/// it; started when it answers on /graphql; killed (with its children) on dispose.
/// </summary>
public sealed partial class ServerProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly Process _process;
    private readonly StringBuilder _output;

    private ServerProcess(Process process, StringBuilder output, Uri baseAddress, string databasePath)
    {
        _process = process;
        _output = output;
        BaseAddress = baseAddress;
        DatabasePath = databasePath;
        Client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = baseAddress };
    }

    public Uri BaseAddress { get; }

    /// <summary>The server's process id (to read its memory from <c>/proc</c>, or to signal it).</summary>
    public int ProcessId => _process.Id;

    public string DatabasePath { get; }

    /// <summary>A client that does not follow redirects, so tests see the server's own answers.</summary>
    public HttpClient Client { get; }

    /// <summary>What the server wrote to stdout and stderr so far (for failure messages).</summary>
    public string Output
    {
        get { lock (_output) return _output.ToString(); }
    }

    /// <summary>The built server: src/ScoGraph.Api/bin/{configuration of this test build}/net10.0/ScoGraph.Api.dll.</summary>
    public static string ServerAssembly
    {
        get
        {
            var frameworkDirectory = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var configuration = frameworkDirectory.Parent!.Name;
            var path = RepositoryFiles.PathOf("src", "ScoGraph.Api", "bin", configuration, frameworkDirectory.Name, "ScoGraph.Api.dll");
            return File.Exists(path) ? path : throw new FileNotFoundException($"Build the server first: {path} is missing.", path);
        }
    }

    /// <summary>The folder the server runs in unless a test says otherwise: the project folder, as for <c>dotnet run</c>.</summary>
    public static string ProjectFolder => RepositoryFiles.PathOf("src", "ScoGraph.Api");

    public static Task<ServerProcess> StartAsync(string databasePath, params string[] extraArguments) =>
        StartInAsync(ProjectFolder, databasePath, extraArguments);

    /// <summary>Starts the server with <paramref name="workingDirectory"/> as its current directory.</summary>
    public static async Task<ServerProcess> StartInAsync(string workingDirectory, string databasePath, params string[] extraArguments)
    {
        var startInfo = StartInfo(workingDirectory, databasePath, extraArguments);
        var output = new StringBuilder();
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = Process.Start(startInfo) ?? throw new InvalidOperationException("Could not start dotnet.");
        process.OutputDataReceived += (_, e) =>
        {
            lock (output) output.AppendLine(e.Data);
            if (e.Data is not null && ListeningLine().Match(e.Data) is { Success: true } match)
                listening.TrySetResult(new Uri(match.Groups["address"].Value));
        };
        process.ErrorDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        try
        {
            var baseAddress = await WaitUntilListeningAsync(process, listening.Task, output);
            var server = new ServerProcess(process, output, baseAddress, databasePath);
            await server.WaitUntilAnsweringAsync();
            return server;
        }
        catch
        {
            Kill(process);
            process.WaitForExit(TimeSpan.FromSeconds(10));
            process.Dispose();
            throw;
        }
    }

    /// <summary>
    /// The address from the server's own "Now listening on:" line, which Microsoft.Hosting.Lifetime logs at Information
    /// (appsettings.json keeps the Default level at Information for it).
    /// </summary>
    private static async Task<Uri> WaitUntilListeningAsync(Process process, Task<Uri> listening, StringBuilder output)
    {
        using var timeout = new CancellationTokenSource(StartTimeout);
        var exited = process.WaitForExitAsync(timeout.Token);
        var first = await Task.WhenAny(listening, exited);
        if (first == listening) return await listening;
        string printed;
        lock (output) printed = output.ToString();
        if (exited.IsCanceled)
            throw new TimeoutException($"The server did not log \"Now listening on:\" within {StartTimeout.TotalSeconds} s (is Microsoft.Hosting.Lifetime logged at Information?):\n{printed}");
        throw new InvalidOperationException($"The server exited with code {process.ExitCode} before it listened:\n{printed}");
    }

    // Also matches the JSON console's line, where the address ends at the closing quote.
    [GeneratedRegex(@"Now listening on: (?<address>http://[^\s""]+)")]
    private static partial Regex ListeningLine();

    /// <summary>Runs a server that is expected to refuse to start; returns its exit code and what it printed.</summary>
    public static async Task<(int ExitCode, string Output)> RunUntilExitAsync(string databasePath, params string[] extraArguments)
    {
        using var process = Process.Start(StartInfo(ProjectFolder, databasePath, extraArguments))
            ?? throw new InvalidOperationException("Could not start dotnet.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(StartTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The server kept running with the store path {databasePath}.");
        }
        return (process.ExitCode, await output + await errors);
    }

    private static ProcessStartInfo StartInfo(string workingDirectory, string databasePath, string[] extraArguments)
    {
        var startInfo = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])[ServerAssembly, "--urls", "http://127.0.0.1:0", $"--ScoGraph:Sqlite:Path={databasePath}", .. extraArguments])
        {
            startInfo.ArgumentList.Add(argument);
        }
        // The test host's own settings must not leak into the server (it decides its environment like `dotnet run`).
        startInfo.Environment.Remove("ASPNETCORE_URLS");
        startInfo.Environment.Remove("ASPNETCORE_HTTP_PORTS");
        return startInfo;
    }

    /// <summary>POSTs a query as JSON and returns the whole response object.</summary>
    public async Task<JsonElement> QueryAsync(string query)
    {
        using var response = await Client.PostAsJsonAsync("/graphql", new { query });
        var text = await response.Content.ReadAsStringAsync();
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private async Task WaitUntilAnsweringAsync()
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < StartTimeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The server exited with code {_process.ExitCode} before answering:\n{Output}");
            }
            try
            {
                using var response = await Client.GetAsync("/graphql?sdl");
                if (response.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"The server did not answer on {BaseAddress}graphql within {StartTimeout.TotalSeconds} s:\n{Output}");
    }

    /// <summary>Sends SIGTERM, as <c>docker stop</c> or systemd would: the server should drain and exit by itself.</summary>
    public void Terminate()
    {
        using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    /// <summary>Waits for the server to exit by itself; returns its exit code, or null when it still runs after <paramref name="timeout"/>.</summary>
    public async Task<int?> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cancel.Token);
            return _process.ExitCode;
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    private static void Kill(Process process)
    {
        if (!process.HasExited) process.Kill(entireProcessTree: true);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
