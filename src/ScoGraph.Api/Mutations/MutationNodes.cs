using ScoGraph.Api.Schema.Nodes;
using ScoGraph.Domain.Facts;
using ScoGraph.Domain.Model;
using ScoGraph.Domain.Versions;

namespace ScoGraph.Api.Mutations;

/// <summary>
/// Turns what a mutation wrote into the objects the query side's types resolve (<see cref="GraphNodes"/>), so a
/// payload's node answers every field exactly as a query for current knowledge would.
/// </summary>
public static class MutationNodes
{
    public static object Node(Entity written) => GraphNodes.From(written);

    public static object Version(Versioned<Entity> version) => GraphNodes.FactVersion(version);

    public static object Conflict(Conflict conflict) => GraphNodes.Conflict(conflict);
}
