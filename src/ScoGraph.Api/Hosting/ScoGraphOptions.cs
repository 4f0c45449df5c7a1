namespace ScoGraph.Api.Hosting;

/// <summary>
/// The configuration section <c>ScoGraph</c>: which store to use (<c>Store</c>: <c>sqlite</c>, the default, or
/// <c>neo4j</c>), where it lives and whether to seed it. The same section
/// holds the API keys that may write (<c>ScoGraph:ApiKeys</c>, read by <c>ApiKeyAuthorization</c>, which also takes
/// one comma-separated string) and the GraphQL endpoint's options (<c>ScoGraph:GraphQL</c>, a <c>GraphQLServerOptions</c>).
/// </summary>
public sealed class ScoGraphOptions
{
    public const string Section = "ScoGraph";

    /// <summary><c>sqlite</c> (embedded, the default) or <c>neo4j</c> (a Neo4j server over its HTTP API).</summary>
    public string Store { get; set; } = StoreKind.Sqlite;

    public SqliteSettings Sqlite { get; set; } = new();

    public Neo4jSettings Neo4j { get; set; } = new();

    /// <summary>Load the shipped dataset into the store on start when the store does not hold this version of it (<see cref="DatasetSync"/>).</summary>
    public bool Seed { get; set; } = true;

    public sealed class SqliteSettings
    {
        /// <summary>
        /// The database file (created when missing). Relative paths resolve against the content root (the working
        /// directory); when not set, <c>data/scograph.db</c> next to the application's binaries.
        /// </summary>
        public string? Path { get; set; }
    }

    /// <summary>The Neo4j server (<c>ScoGraph:Neo4j</c>); used when <see cref="Store"/> is <c>neo4j</c>.</summary>
    public sealed class Neo4jSettings
    {
        /// <summary>The server's HTTP address (Neo4j's HTTP connector, port 7474 by default).</summary>
        public string Uri { get; set; } = "http://localhost:7474";

        public string User { get; set; } = "neo4j";

        public string Password { get; set; } = "";

        public string Database { get; set; } = "neo4j";

        /// <summary>Rows per UNWIND statement in large write batches.</summary>
        public int BatchSize { get; set; } = 5_000;
    }

    /// <summary>The values <see cref="Store"/> accepts.</summary>
    public static class StoreKind
    {
        public const string Sqlite = "sqlite";
        public const string Neo4j = "neo4j";
    }
}
