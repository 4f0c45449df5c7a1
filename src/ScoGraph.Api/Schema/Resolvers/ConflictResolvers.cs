using ScoGraph.Api.Schema.Loaders;
using ScoGraph.Api.Schema.Nodes;
using ScoGraph.Domain.Model;
using ScoGraph.Domain.Ports;
using ScoGraph.GraphQL.Types;

namespace ScoGraph.Api.Schema.Resolvers;

/// <summary><c>Query.conflicts</c> and the <c>Conflict</c> and <c>ConflictClaim</c> types.</summary>
public static class ConflictResolvers
{
    public static SchemaBuilder BindConflicts(this SchemaBuilder builder) => builder
        .RootAsync("conflicts", async context =>
        {
            var scope = context.ReadScope();
            var subject = context.String("subject");
            var conflicts = await context.Store().ListConflictsAsync(
                new ConflictQuery(subject is null ? null : [subject], scope.KnownAt), context.CancellationToken);
            ListLimit.Check(conflicts, ListLimit.Conflicts, subject is null ? "The conflict list" : $"The conflict list of \"{subject}\"",
                subject is null ? "ask for one \"subject\" at a time" : "no narrower list exists; read the subject's claims instead");
            return conflicts.Select(c => GraphNodes.Conflict(c, scope)).ToArray();
        })
        .ListSize("Query", "conflicts", ListLimit.Conflicts)
        .BindType<ConflictNode>("Conflict")
        .ReadAsync<ConflictNode, object?>("Conflict", "subject", (c, context) => NodeResolvers.NodeAsync(context, c.Scope, c.Conflict.Subject))
        .Read<ConflictNode>("Conflict", "predicate", c => c.Conflict.Predicate)
        .Read<ConflictNode>("Conflict", "description", c => c.Conflict.Description)
        .Read<ConflictNode>("Conflict", "claims", c => ListLimit.Check(Claims(c), ListLimit.ConflictClaims,
            $"The claims of the conflict about \"{c.Conflict.Subject}\" / \"{c.Conflict.Predicate}\"", "read them with Query.claims"))
        .BindType<ConflictClaimNode>("ConflictClaim")
        .Read<ConflictClaimNode>("ConflictClaim", "value", c => c.Value)
        .ReadAsync<ConflictClaimNode, IReadOnlyList<GraphNode<Source>>>("ConflictClaim", "sources", (c, context) =>
            SourceResolvers.SourcesAsync(context, c.Scope, c.Sources))
        .ReadAsync<ConflictClaimNode, IReadOnlyList<CitationNode>>("ConflictClaim", "citations", (c, context) =>
            CitationResolvers.CitationsAsync(context, c.Scope, c.Sources));

    /// <summary>
    /// One claim per distinct value (in the conflict's value order), with every citation stating it: a source cited
    /// by several facts of the same value counts once, with its first quote.
    /// </summary>
    private static IReadOnlyList<ConflictClaimNode> Claims(ConflictNode node) => node.Conflict.Values
        .Select(value => new ConflictClaimNode(value,
            ListLimit.Check(
                node.Conflict.Facts.Where(f => (f.Fact.Value ?? "") == value)
                    .SelectMany(f => f.Fact.Sources)
                    .GroupBy(s => s.SourceId, StringComparer.Ordinal)
                    .Select(g => g.FirstOrDefault(s => s.Quote is not null) ?? g.First())
                    .ToArray(),
                ListLimit.ConflictClaimSources, $"The sources stating \"{value}\" about \"{node.Conflict.Subject}\"",
                "read each claim's own sources with Query.claims"),
            node.Scope))
        .ToArray();
}
