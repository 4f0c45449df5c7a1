namespace ScoGraph.Cli.Stores;

/// <summary>Which store a command works on directly: a SQLite file, or (once merged) a Neo4j server.</summary>
public sealed record StoreSelection(string? SqlitePath, Uri? Neo4jUri, string? Neo4jUser, string? Neo4jPassword, string? Neo4jDatabase)
{
    public bool IsEmpty => SqlitePath is null && Neo4jUri is null;

    public string Describe() => SqlitePath is not null ? $"SQLite {SqlitePath}" : $"Neo4j {Neo4jUri}";
}
