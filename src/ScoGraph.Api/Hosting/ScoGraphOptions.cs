namespace ScoGraph.Api.Hosting;

/// <summary>
/// The configuration section <c>ScoGraph</c>: where the SQLite store lives and whether to seed it. The same section
/// holds the API keys that may write (<c>ScoGraph:ApiKeys</c>, read by <c>ApiKeyAuthorization</c>, which also takes
/// one comma-separated string) and the GraphQL endpoint's options (<c>ScoGraph:GraphQL</c>, a <c>GraphQLServerOptions</c>).
/// </summary>
public sealed class ScoGraphOptions
{
    public const string Section = "ScoGraph";

    public SqliteSettings Sqlite { get; set; } = new();

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
}
