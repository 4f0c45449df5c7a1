namespace ScoGraph.GraphQL.AspNetCore.Tests.TestServer;

/// <summary>One library server with default options, shared by the tests of a class.</summary>
public sealed class LibraryServerFixture : IAsyncLifetime
{
    private LibraryServer? _server;

    public LibraryServer Server => _server ?? throw new InvalidOperationException("The server has not started.");

    public async Task InitializeAsync() => _server = await LibraryServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync();
    }
}
