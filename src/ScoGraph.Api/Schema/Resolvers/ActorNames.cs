using ScoGraph.Api.Schema.Loaders;
using ScoGraph.Api.Schema.Nodes;
using ScoGraph.Domain.Indexing;
using ScoGraph.Domain.Model;
using ScoGraph.Domain.Ports;
using ScoGraph.GraphQL.Types;

namespace ScoGraph.Api.Schema.Resolvers;

/// <summary>
/// Turns what an analyst types for a state, organization or official (an id, an ISO code in any case, a name or an
/// alias such as "Kyrgyz Republic") into the ids it stands for, so filters answer names as well as ids.
/// </summary>
public static class ActorNames
{
    /// <summary>
    /// The id itself when it is one of the given kinds; otherwise every entity of those kinds whose name or an alias
    /// equals the text (case- and accent-insensitive). Empty when nothing matches.
    /// </summary>
    public static async Task<IReadOnlyList<string>> ResolveAsync(IResolverContext context, ReadScope scope, string text, params EntityKind[] kinds)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0) return [];
        foreach (var id in new[] { trimmed, trimmed.ToUpperInvariant() }.Distinct(StringComparer.Ordinal))
            if ((await EntityLoader.LoadAsync(context, scope, id))?.Item is { } entity && kinds.Contains(entity.Kind))
                return [entity.Id];

        var wanted = TextNormalizer.Normalize(trimmed);
        var store = context.Store();
        var found = new List<string>();
        foreach (var kind in kinds)
        {
            // The name index narrows to entities containing the text; exact equality is checked here.
            var page = await store.FindEntitiesAsync(new EntityQuery(kind, new EntityFilter(NameContains: trimmed),
                Page: new PageRequest(First: PageRequest.MaxSize), KnownAt: scope.KnownAt), context.CancellationToken);
            found.AddRange(page.Items.Select(i => i.Node.Item)
                .Where(e => Names(e).Any(n => TextNormalizer.Normalize(n) == wanted))
                .Select(e => e.Id));
        }
        return found;
    }

    private static IEnumerable<string> Names(Entity entity) => entity switch
    {
        State s => [s.Name, s.Iso3, .. s.Aliases],
        Organization o => [o.Name, .. o.Aliases],
        Official o => [o.Name, .. o.Aliases],
        _ => [],
    };
}
