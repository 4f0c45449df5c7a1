namespace ScoGraph.Api.Tests.Hosting;

/// <summary>One real server process on a fresh store file, shared by the tests of a class.</summary>
public sealed class ServerProcessFixture : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private ServerProcess? _server;

    /// <summary>In a folder that does not exist yet: the server creates it.</summary>
    public string DatabasePath => _folder.File(Path.Combine("not-yet-there", "scograph.db"));

    public ServerProcess Server => _server ?? throw new InvalidOperationException("The server has not started.");

    public async Task InitializeAsync() => _server = await ServerProcess.StartAsync(DatabasePath);

    public async Task DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync();
        _folder.Dispose();
    }
}
