namespace ScoGraph.Storage.Neo4j.Testing;

/// <summary>
/// A test that needs a real Neo4j: skipped, with the reason shown, when neither NEO4J_URI nor a Docker engine is there.
/// Only checks the environment and the Docker socket; the container itself starts lazily in <see cref="Neo4jServerFixture"/>.
/// </summary>
public sealed class Neo4jFactAttribute : FactAttribute
{
    public Neo4jFactAttribute()
    {
        if (Neo4jTestServer.SkipReason is string reason) Skip = reason;
    }
}

/// <inheritdoc cref="Neo4jFactAttribute"/>
public sealed class Neo4jTheoryAttribute : TheoryAttribute
{
    public Neo4jTheoryAttribute()
    {
        if (Neo4jTestServer.SkipReason is string reason) Skip = reason;
    }
}
