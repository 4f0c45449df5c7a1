namespace ScoGraph.Storage.Neo4j;

/// <summary>How the Neo4j store reaches its server (configuration section <c>ScoGraph:Neo4j</c>).</summary>
public sealed record Neo4jStoreOptions
{
    /// <summary>The server's HTTP root, e.g. <c>http://localhost:7474</c>.</summary>
    public Uri Uri { get; init; } = new("http://localhost:7474");

    public string User { get; init; } = "neo4j";

    public string Password { get; init; } = "";

    /// <summary>The database to use (Neo4j Community has one user database, <c>neo4j</c>).</summary>
    public string Database { get; init; } = "neo4j";

    /// <summary>Rows per <c>UNWIND</c> statement when a write batch is large (one transaction either way).</summary>
    public int BatchSize { get; init; } = 5_000;

    /// <summary>Longest a single HTTP request may take before it counts as a failure.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Retries of a unit of work after a transient error or a connection failure (0 = none).</summary>
    public int MaxRetries { get; init; } = 4;

    /// <summary>First retry delay; each further retry doubles it, with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromMilliseconds(100);
}
