using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ScoGraph.Api.Hosting;

namespace ScoGraph.Api.Tests.Support;

/// <summary>
/// The real ScoGraph server (same host setup as <c>Program</c>) on Kestrel at http://127.0.0.1:&lt;free port&gt;, over a
/// fresh SQLite file in its own temp folder, deleted on dispose.
/// </summary>
public sealed class ApiServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _folder;

    private ApiServer(WebApplication app, string folder, string databasePath, Uri baseAddress)
    {
        _app = app;
        _folder = folder;
        DatabasePath = databasePath;
        BaseAddress = baseAddress;
        // No automatic redirects: tests may check them.
        Client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
    }

    public Uri BaseAddress { get; }

    public HttpClient Client { get; }

    public string DatabasePath { get; }

    public IServiceProvider Services => _app.Services;

    /// <summary>Stops the server as SIGTERM would (requests in flight get the drain time); dispose still cleans up.</summary>
    public Task StopAsync() => _app.StopAsync();

    public static async Task<ApiServer> StartAsync(ApiServerOptions? options = null)
    {
        options ??= new ApiServerOptions();
        var folder = Path.Combine(Path.GetTempPath(), "scograph-api-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var databasePath = Path.Combine(folder, "scograph.db");

        var settings = new Dictionary<string, string?>
        {
            ["urls"] = "http://127.0.0.1:0",
            ["ScoGraph:Sqlite:Path"] = databasePath,
            ["ScoGraph:Seed"] = options.Seed ? "true" : "false",
        };
        for (var i = 0; i < options.ApiKeys.Count; i++) settings[$"ScoGraph:ApiKeys:{i}"] = options.ApiKeys[i];
        foreach (var (key, value) in options.Settings) settings[key] = value;

        WebApplication app;
        try
        {
            app = await ScoGraphHost.BuildAsync([], new ScoGraphHostSetup
            {
                ConfigureBuilder = builder =>
                {
                    builder.Configuration.AddInMemoryCollection(settings);
                    builder.WebHost.UseUrls("http://127.0.0.1:0");
                    builder.Logging.ClearProviders();
                    if (options.Logger is { } logger) builder.Logging.AddProvider(logger);
                },
                WrapStore = options.WrapStore,
                ConfigureTracing = options.ConfigureTracing,
                ConfigureMetrics = options.ConfigureMetrics,
            });
            await app.StartAsync();
        }
        catch
        {
            TryDelete(folder);
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new ApiServer(app, folder, databasePath, new Uri(address));
    }

    /// <summary>POSTs <c>{query, variables}</c> to /graphql (Accept: application/json) and returns the whole response object.</summary>
    public async Task<JsonElement> QueryAsync(string query, object? variables = null, string? apiKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query, variables }),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (apiKey is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        using var response = await Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            throw new InvalidOperationException($"The server answered {(int)response.StatusCode} with a body that is not JSON: {body}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        TryDelete(_folder);
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on some platforms: the temp folder is cleaned up by the OS eventually.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
