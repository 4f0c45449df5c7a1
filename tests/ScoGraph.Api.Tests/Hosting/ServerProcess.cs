using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using ScoGraph.Api.Tests.Contract;

namespace ScoGraph.Api.Tests.Hosting;

/// <summary>
/// The real server as <c>dotnet run</c> starts it: <c>dotnet ScoGraph.Api.dll --urls http://127.0.0.1:PORT
/// --ScoGraph:Sqlite:Path=FILE</c> in a child process, working directory = the project folder. Started when it
/// answers on /graphql; killed (with its children) on dispose.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
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

    public static async Task<ServerProcess> StartAsync(string databasePath, params string[] extraArguments)
    {
        var baseAddress = new Uri($"http://127.0.0.1:{FreePort()}");
        var startInfo = StartInfo(baseAddress, databasePath, extraArguments);
        var output = new StringBuilder();
        var process = Process.Start(startInfo) ?? throw new InvalidOperationException("Could not start dotnet.");
        process.OutputDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var server = new ServerProcess(process, output, baseAddress, databasePath);
        try
        {
            await server.WaitUntilAnsweringAsync();
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>Runs a server that is expected to refuse to start; returns its exit code and what it printed.</summary>
    public static async Task<(int ExitCode, string Output)> RunUntilExitAsync(string databasePath)
    {
        using var process = Process.Start(StartInfo(new Uri($"http://127.0.0.1:{FreePort()}"), databasePath, []))
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

    private static ProcessStartInfo StartInfo(Uri baseAddress, string databasePath, string[] extraArguments)
    {
        var startInfo = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepositoryFiles.PathOf("src", "ScoGraph.Api"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])[ServerAssembly, "--urls", baseAddress.ToString().TrimEnd('/'), $"--ScoGraph:Sqlite:Path={databasePath}", .. extraArguments])
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

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
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
