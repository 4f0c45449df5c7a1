using ScoGraph.Api.Schema.Nodes;
using ScoGraph.Domain.Facts;
using ScoGraph.Domain.Ports;
using ScoGraph.GraphQL.Types;

namespace ScoGraph.Api.Schema.Loaders;

/// <summary>Which facts to load for a batch of entity ids (everything of a <see cref="FactQuery"/> but the ids).</summary>
public sealed record FactSelection(
    FactDirection Direction,
    IReadOnlyList<string>? Predicates = null,
    DateOnly? AsOf = null,
    bool CertainOnly = false)
{
    public string Key => $"{Direction}|{(Predicates is null ? "*" : string.Join(',', Predicates))}|{AsOf:yyyy-MM-dd}|{CertainOnly}";
}

/// <summary>
/// Facts of many entities at once, batched per request, knowledge time and selection: e.g. every official's
/// <c>holdsPost</c> facts in a list of officials is one <c>LoadFactsAsync</c> call.
/// </summary>
public static class FactLoader
{
    public static async Task<IReadOnlyList<FactRecord>> LoadAsync(IResolverContext context, ReadScope scope, FactSelection selection, string id)
    {
        var store = context.Store();
        var loader = context.DataLoaders.Group<string, FactRecord>($"facts@{scope.Key}|{selection.Key}",
            async (ids, cancellationToken) =>
            {
                var facts = await store.LoadFactsAsync(new FactQuery(ids, selection.Direction, selection.Predicates,
                    selection.AsOf, selection.CertainOnly, scope.KnownAt), cancellationToken);
                return facts.ToLookup(f => selection.Direction == FactDirection.Outgoing ? f.Fact.Subject : f.Fact.Object ?? "",
                    StringComparer.Ordinal);
            });
        return await loader.LoadAsync(id);
    }

    /// <summary>Facts in both directions (what a timeline needs), each direction one batch.</summary>
    public static async Task<IReadOnlyList<FactRecord>> BothDirectionsAsync(IResolverContext context, ReadScope scope, string id)
    {
        var outgoing = LoadAsync(context, scope, new FactSelection(FactDirection.Outgoing), id);
        var incoming = LoadAsync(context, scope, new FactSelection(FactDirection.Incoming), id);
        return [.. await outgoing, .. await incoming];
    }
}
