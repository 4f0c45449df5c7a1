using ScoGraph.Domain.Ports;

namespace ScoGraph.Api.Hosting;

/// <summary>
/// The store the server opened at start-up, owned by the service container: disposing the container closes it
/// (checkpoints the SQLite file, or releases the Neo4j connection pool).
/// </summary>
public sealed class OpenedStore(ITimelineStore store, string description, string schema) : IAsyncDisposable
{
    public ITimelineStore Store { get; } = store;

    /// <summary>What it is, for logs and health reports: "SQLite /data/scograph.db", "Neo4j http://neo4j:7474 (neo4j)".</summary>
    public string Description { get; } = description;

    /// <summary>The schema it runs on, for the readiness report: "SQLite schema version 3", "Neo4j schema files 001..003".</summary>
    public string Schema { get; } = schema;

    public ValueTask DisposeAsync() => Store switch
    {
        IAsyncDisposable asyncDisposable => asyncDisposable.DisposeAsync(),
        IDisposable disposable => Dispose(disposable),
        _ => ValueTask.CompletedTask,
    };

    private static ValueTask Dispose(IDisposable disposable)
    {
        disposable.Dispose();
        return ValueTask.CompletedTask;
    }
}
