namespace ScoGraph.Storage.Neo4j.Testing;

/// <summary>
/// Gives the tests of <see cref="Neo4jServerCollection"/> the server's options. Starting the server (or container)
/// happens here, once, and only when a server can be had: when none can, every test of the collection is skipped and
/// this fixture stays idle.
/// </summary>
public sealed class Neo4jServerFixture : IAsyncLifetime
{
    private Neo4jStoreOptions? _options;

    public bool Available => Neo4jTestServer.SkipReason is null;

    /// <summary>Fresh options for the test server (a new record each call, so a test may change it with <c>with</c>).</summary>
    public Neo4jStoreOptions Options() =>
        _options is null
            ? throw new InvalidOperationException(Neo4jTestServer.SkipReason ?? "the Neo4j test server has not started")
            : _options with { };

    public async Task InitializeAsync()
    {
        if (Available) _options = await Neo4jTestServer.OptionsAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
