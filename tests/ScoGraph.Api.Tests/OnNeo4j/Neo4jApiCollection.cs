namespace ScoGraph.Api.Tests.OnNeo4j;

/// <summary>
/// The API specs that run on Neo4j share its one database, so they run one at a time; each server they start wipes
/// the data first (<see cref="Neo4jApiServer"/>).
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class Neo4jApiCollection
{
    public const string Name = "API on Neo4j";
}
