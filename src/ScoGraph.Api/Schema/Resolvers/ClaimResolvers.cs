using ScoGraph.Api.Schema.Loaders;
using ScoGraph.Api.Schema.Nodes;
using ScoGraph.Api.Schema.Paging;
using ScoGraph.Domain.Facts;
using ScoGraph.Domain.Model;
using ScoGraph.Domain.Ports;
using ScoGraph.GraphQL.Types;

namespace ScoGraph.Api.Schema.Resolvers;

/// <summary>
/// The <c>Claim</c> type, <c>Query.claims</c> and every entity's <c>claims</c> field: all claims the store holds are
/// reachable, not only those that conflict. Reads go through existing port calls (claims are entities of kind Claim
/// indexed by subject and predicate; sources are reached through their incoming <c>cites</c> facts).
/// </summary>
public static class ClaimResolvers
{
    private static readonly EntityOrder ById = new(EntityOrderField.Id);

    public static SchemaBuilder BindClaimType(this SchemaBuilder builder) => builder
        .RootAsync("claims", ClaimsAsync)
        .BindType<GraphNode<Claim>>("Claim")
        .Read<GraphNode<Claim>>("Claim", "id", c => c.Entity.Id)
        .ReadAsync<GraphNode<Claim>, object?>("Claim", "subject", (c, context) => NodeResolvers.NodeAsync(context, c.Scope, c.Entity.Subject))
        .Read<GraphNode<Claim>>("Claim", "predicate", c => c.Entity.Predicate)
        .Read<GraphNode<Claim>>("Claim", "value", c => c.Entity.Value)
        .Read<GraphNode<Claim>>("Claim", "note", c => c.Entity.Note)
        .BindSources<Claim>("Claim");

    /// <summary>Binds <c>{type}.claims(predicate)</c>: the entity's claims, by predicate then value.</summary>
    public static SchemaBuilder BindClaims<T>(this SchemaBuilder builder, string type) where T : Entity =>
        builder.ReadAsync<GraphNode<T>, IReadOnlyList<GraphNode<Claim>>>(type, "claims", async (node, context) =>
        {
            var predicate = context.String("predicate");
            // The same fact selection as a timeline's outgoing facts, so both share one batch.
            var facts = await FactLoader.LoadAsync(context, node.Scope, new FactSelection(FactDirection.Outgoing), node.Entity.Id);
            var ids = facts
                .Where(f => f.Fact.Origin == FactOrigin.Claim && (predicate is null || f.Fact.Predicate == predicate))
                .Select(f => f.Fact.ItemId);
            var claims = await EntityLoader.NodesAsync<Claim>(context, node.Scope, ids);
            var ordered = claims
                .OrderBy(c => c.Entity.Predicate, StringComparer.Ordinal)
                .ThenBy(c => c.Entity.Value, StringComparer.Ordinal)
                .ToArray();
            return ListLimit.Check(ordered, ListLimit.EntityClaims, $"The claims about \"{node.Entity.Id}\"",
                "give \"predicate\", or page Query.claims(subject)");
        });

    private static async Task<Connection> ClaimsAsync(IResolverContext context)
    {
        var scope = context.ReadScope();
        IReadOnlyCollection<string>? ids = null;
        if (context.String("source") is string source)
        {
            var cited = await FactLoader.LoadAsync(context, scope,
                new FactSelection(FactDirection.Incoming, [Predicates.Cites]), source);
            ids = cited.Where(f => f.Fact.ItemKind == EntityKind.Claim).Select(f => f.Fact.ItemId)
                .ToHashSet(StringComparer.Ordinal);
        }
        var subject = context.String("subject");
        var filter = new EntityFilter(Ids: ids, Category: context.String("predicate"),
            References: subject is null ? null : [subject]);
        return await EntityPager.PageAsync(context, scope, new EntityListing(EntityKind.Claim, filter, ById));
    }
}
