using ScoGraph.Storage.Neo4j.Testing;

namespace ScoGraph.Storage.Neo4j.Tests.Support;

/// <summary>
/// All tests against the one Neo4j database run in this collection, one at a time: store tests wipe the database
/// between tests, so two running at once would see each other's data.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class Neo4jServerCollection : ICollectionFixture<Neo4jServerFixture>
{
    public const string Name = "Neo4j server";
}
