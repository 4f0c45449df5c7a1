using ScoGraph.Api.Schema.Loaders;
using ScoGraph.Api.Schema.Nodes;
using ScoGraph.Domain.Model;
using ScoGraph.GraphQL.Types;

namespace ScoGraph.Api.Schema.Resolvers;

/// <summary>The <c>Actor</c> union (State | Organization | Official): resolved by the nodes' CLR types.</summary>
public static class ActorResolvers
{
    /// <summary>The state, organization or official with this id; null when unknown or of another kind.</summary>
    public static async Task<object?> ActorAsync(IResolverContext context, ReadScope scope, string? id) =>
        id is null ? null : await EntityLoader.LoadAsync(context, scope, id) switch
        {
            { Item: State or Organization or Official } found => GraphNodes.From(found.Item, scope),
            _ => null,
        };
}
