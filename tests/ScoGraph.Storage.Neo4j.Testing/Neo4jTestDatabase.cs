using ScoGraph.Storage.Neo4j.Http;

namespace ScoGraph.Storage.Neo4j.Testing;

/// <summary>The test server's one database, emptied between tests (Neo4j Community cannot create a database per test).</summary>
public static class Neo4jTestDatabase
{
    /// <summary>
    /// Deletes every node but the schema records (their indexes and constraints stay), in chunks through
    /// <c>/tx/commit</c> alone: <c>CALL { } IN TRANSACTIONS</c> cannot run in an explicit transaction (semantics page 5).
    /// </summary>
    public static CypherStatement Wipe { get; } = new(
        "MATCH (n) WHERE NOT n:SchemaMigration CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS");

    public static async Task WipeAsync(Neo4jStoreOptions options)
    {
        using var session = new Neo4jHttpSession(options);
        await session.ExecuteAsync([Wipe], CancellationToken.None);
    }
}
