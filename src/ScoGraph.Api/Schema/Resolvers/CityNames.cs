using ScoGraph.Api.Schema.Loaders;
using ScoGraph.Api.Schema.Nodes;
using ScoGraph.Domain.Facts;
using ScoGraph.Domain.Indexing;
using ScoGraph.Domain.Model;
using ScoGraph.Domain.Ports;
using ScoGraph.GraphQL.Types;

namespace ScoGraph.Api.Schema.Resolvers;

/// <summary>
/// The names one city goes by ("Almaty", "Alma-Ata"), read from the sourced <c>cityAlias</c> claims, so a city filter
/// given a former name or another spelling finds the meetings recorded under the current one.
/// </summary>
public static class CityNames
{
    /// <summary>Every normalized name of the city the text names (at least the text itself).</summary>
    public static async Task<IReadOnlySet<string>> NamesOfAsync(IResolverContext context, ReadScope scope, string city)
    {
        var wanted = TextNormalizer.Normalize(city);
        var names = new HashSet<string>(StringComparer.Ordinal) { wanted };
        var claims = await context.Store().FindEntitiesAsync(new EntityQuery(EntityKind.Claim,
            new EntityFilter(Category: Predicates.CityAlias), Page: new PageRequest(First: PageRequest.MaxSize),
            KnownAt: scope.KnownAt), context.CancellationToken);
        foreach (var claim in claims.Items.Select(i => i.Node.Item).OfType<Claim>())
        {
            var group = claim.Value.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(TextNormalizer.Normalize).ToArray();
            if (group.Contains(wanted)) names.UnionWith(group);
        }
        return names;
    }
}
