using ScoGraph.Domain.Facts;
using ScoGraph.Domain.Model;

namespace ScoGraph.Api.Schema.Nodes;

/// <summary>Turns domain values into the objects the schema's types resolve from (also for mutation payloads).</summary>
public static class GraphNodes
{
    /// <summary>The <see cref="GraphNode{T}"/> of the entity's kind (a <c>GraphNode&lt;State&gt;</c> for a state...).</summary>
    public static object From(Entity entity, ReadScope? scope = null)
    {
        var s = scope ?? ReadScope.Current;
        return entity switch
        {
            State e => new GraphNode<State>(e, s),
            Organization e => new GraphNode<Organization>(e, s),
            Official e => new GraphNode<Official>(e, s),
            Post e => new GraphNode<Post>(e, s),
            Tenure e => new GraphNode<Tenure>(e, s),
            Meeting e => new GraphNode<Meeting>(e, s),
            Agreement e => new GraphNode<Agreement>(e, s),
            MembershipChange e => new GraphNode<MembershipChange>(e, s),
            Source e => new GraphNode<Source>(e, s),
            Claim e => new GraphNode<Claim>(e, s),
            _ => throw new ArgumentException($"No GraphQL type for entities of kind {entity.Kind}.", nameof(entity)),
        };
    }

    /// <summary>What the <c>Conflict</c> type resolves from.</summary>
    public static ConflictNode Conflict(Conflict conflict, ReadScope? scope = null) => new(conflict, scope ?? ReadScope.Current);
}
