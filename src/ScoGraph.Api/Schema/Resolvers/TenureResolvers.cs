using ScoGraph.Api.Schema.Loaders;
using ScoGraph.Api.Schema.Nodes;
using ScoGraph.Domain.Facts;
using ScoGraph.Domain.Model;
using ScoGraph.Domain.Ports;
using ScoGraph.Domain.Time;
using ScoGraph.GraphQL.Types;

namespace ScoGraph.Api.Schema.Resolvers;

/// <summary>The <c>Tenure</c> type, and who held a post (as of a date or all along).</summary>
public static class TenureResolvers
{
    public static SchemaBuilder BindTenure(this SchemaBuilder builder) => builder
        .BindType<GraphNode<Tenure>>("Tenure")
        .Read<GraphNode<Tenure>>("Tenure", "id", t => t.Entity.Id)
        .ReadAsync<GraphNode<Tenure>, GraphNode<Official>>("Tenure", "official", async (t, context) =>
            await EntityLoader.NodeAsync<Official>(context, t.Scope, t.Entity.Official) ?? throw Arguments.UnknownId(t.Entity.Official))
        .ReadAsync<GraphNode<Tenure>, GraphNode<Post>>("Tenure", "post", async (t, context) =>
            await EntityLoader.NodeAsync<Post>(context, t.Scope, t.Entity.Post) ?? throw Arguments.UnknownId(t.Entity.Post))
        .Read<GraphNode<Tenure>>("Tenure", "period", t => t.Entity.Period)
        .Read<GraphNode<Tenure>>("Tenure", "certainty", t => t.Certainty)
        .BindSources<Tenure>("Tenure")
        .BindClaims<Tenure>("Tenure");

    /// <summary>Oldest first (by start, then end, then id).</summary>
    public static IReadOnlyList<GraphNode<Tenure>> InOrder(IEnumerable<GraphNode<Tenure>> tenures) => tenures
        .OrderBy(t => t.Entity.Period.Start ?? PartialDate.OfYear(1))
        .ThenBy(t => t.Entity.Period.End ?? PartialDate.OfYear(9999))
        .ThenBy(t => t.Entity.Id, StringComparer.Ordinal)
        .ToArray();

    /// <summary>
    /// The tenures of a post: on <paramref name="asOf"/> (each with how surely it holds then), or all of them when no date
    /// is given; oldest first.
    /// </summary>
    public static async Task<IReadOnlyList<GraphNode<Tenure>>> HoldersAsync(
        IResolverContext context, ReadScope scope, string post, DateOnly? asOf, bool certainOnly = false)
    {
        var facts = await FactLoader.LoadAsync(context, scope,
            new FactSelection(FactDirection.Incoming, [Predicates.HoldsPost], asOf, certainOnly && asOf is not null), post);
        var certainty = facts.GroupBy(f => f.Fact.ItemId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => asOf is null ? Certainty.Certain : g.Min(f => f.Certainty), StringComparer.Ordinal);
        var tenures = await EntityLoader.NodesAsync<Tenure>(context, scope, certainty.Keys);
        return InOrder(tenures.Select(t => t with { Certainty = certainty[t.Entity.Id] }));
    }
}
