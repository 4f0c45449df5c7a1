namespace ScoGraph.Api.Tests.Support;

/// <summary>One seeded server shared by the read-only tests of a class (<c>IClassFixture&lt;SeededServerFixture&gt;</c>) or collection.</summary>
public sealed class SeededServerFixture : IAsyncLifetime
{
    private ApiServer? _server;

    public ApiServer Server => _server ?? throw new InvalidOperationException("The server has not started yet.");

    public async Task InitializeAsync() => _server = await ApiServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync();
    }
}
