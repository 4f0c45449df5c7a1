using ScoGraph.Api.Schema.Loaders;
using ScoGraph.Api.Schema.Nodes;
using ScoGraph.Domain.Facts;
using ScoGraph.Domain.Model;
using ScoGraph.Domain.Ports;
using ScoGraph.GraphQL.Types;

namespace ScoGraph.Api.Schema.Resolvers;

/// <summary>The <c>Official</c> type: tenures come from the officials' <c>holdsPost</c> facts, batched over the list.</summary>
public static class OfficialResolvers
{
    public static SchemaBuilder BindOfficial(this SchemaBuilder builder) => builder
        .BindType<GraphNode<Official>>("Official")
        .Read<GraphNode<Official>>("Official", "id", o => o.Entity.Id)
        .Read<GraphNode<Official>>("Official", "name", o => o.Entity.Name)
        .Read<GraphNode<Official>>("Official", "aliases", o => o.Entity.Aliases)
        .ReadAsync<GraphNode<Official>, GraphNode<State>?>("Official", "nationality", (o, context) =>
            EntityLoader.NodeAsync<State>(context, o.Scope, o.Entity.Nationality))
        .ReadAsync<GraphNode<Official>, IReadOnlyList<GraphNode<Tenure>>>("Official", "tenures", TenuresAsync)
        .ReadAsync<GraphNode<Official>, IReadOnlyList<EventNode>>("Official", "timeline", (o, context) =>
            TimelineResolvers.EntityTimelineAsync(context, o.Scope, o.Entity.Id))
        .BindSources<Official>("Official")
        .BindClaims<Official>("Official");

    private static async Task<IReadOnlyList<GraphNode<Tenure>>> TenuresAsync(GraphNode<Official> official, IResolverContext context)
    {
        var facts = await FactLoader.LoadAsync(context, official.Scope,
            new FactSelection(FactDirection.Outgoing, [Predicates.HoldsPost]), official.Entity.Id);
        var tenures = await EntityLoader.NodesAsync<Tenure>(context, official.Scope, facts.Select(f => f.Fact.ItemId));
        return ListLimit.Check(TenureResolvers.InOrder(tenures), ListLimit.Tenures, $"The tenures of \"{official.Entity.Id}\"",
            "read them per post with Query.officeHolders");
    }
}
