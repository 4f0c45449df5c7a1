using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using ScoGraph.Api.Hosting;

namespace ScoGraph.Cli.Tests.Support;

/// <summary>The real ScoGraph server on Kestrel at http://127.0.0.1:&lt;free port&gt;, over a fresh SQLite file, unseeded.</summary>
public sealed class ImportServer : IAsyncDisposable
{
    public const string Key = "test-key-123";

    private readonly WebApplication _app;
    private readonly TempFolder _folder;

    private ImportServer(WebApplication app, TempFolder folder, string databasePath, Uri address)
    {
        _app = app;
        _folder = folder;
        DatabasePath = databasePath;
        Address = address;
    }

    public Uri Address { get; }

    public string DatabasePath { get; }

    /// <param name="apiKeys">Configured keys (comma-separated); null configures none (writes disabled).</param>
    public static async Task<ImportServer> StartAsync(string? apiKeys = Key, bool seed = false, params string[] extra)
    {
        var folder = new TempFolder();
        var database = folder.File("server.db");
        string[] args =
        [
            "--urls", "http://127.0.0.1:0", $"--ScoGraph:Sqlite:Path={database}", $"--ScoGraph:Seed={seed}",
            "--Logging:LogLevel:Default=Warning", .. apiKeys is null ? [] : (string[])[$"--ScoGraph:ApiKeys={apiKeys}"], .. extra,
        ];
        var app = await ScoGraphHost.BuildAsync(args);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new ImportServer(app, folder, database, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _folder.Dispose();
    }
}
