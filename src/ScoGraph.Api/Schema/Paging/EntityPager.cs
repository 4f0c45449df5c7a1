using ScoGraph.Api.Schema.Loaders;
using ScoGraph.Api.Schema.Nodes;
using ScoGraph.Api.Schema.Resolvers;
using ScoGraph.Domain.Indexing;
using ScoGraph.Domain.Model;
using ScoGraph.Domain.Ports;
using ScoGraph.Domain.Versions;
using ScoGraph.GraphQL.Types;

namespace ScoGraph.Api.Schema.Paging;

/// <summary>
/// Pages through an <see cref="EntityListing"/>. When the store can filter everything, one keyset page call (which
/// also counts when <c>totalCount</c> is selected). Otherwise (a condition only the API checks: agreements in force on a
/// day, sources by text or language; these still need index columns in the store) the
/// matching entities are read in store pages and windowed here with the store's own keyset cursors, so cursors
/// look and behave the same either way.
/// </summary>
public static class EntityPager
{
    private const int ReadAllPageSize = PageRequest.MaxSize;

    public static async Task<Connection> PageAsync(IResolverContext context, ReadScope scope, EntityListing listing)
    {
        var list = ListIdentity.Of(context, listing.Order);
        var page = PagingArguments.From(context, list, listing.Order);
        var store = context.Store();
        var filter = listing.Categories switch
        {
            null => listing.Filter,
            [var only] => listing.Filter with { Category = only },
            var several => listing.Filter with { Categories = several }, // none matches nothing
        };

        if (listing.IsStoreOnly)
        {
            // The count comes with the page (same store call, same snapshot) when totalCount is selected.
            var query = new EntityQuery(listing.Kind, filter, listing.Order, page, scope.KnownAt,
                IncludeTotalCount: Selections.Selects(context, "totalCount"));
            var found = await store.FindEntitiesAsync(query, context.CancellationToken);
            var total = found.TotalCount ?? 0;
            return new Connection(
                found.Items.Select(i => new Edge(list.Wrap(i.Cursor), GraphNodes.From(i.Node.Item, scope))).ToArray(),
                found.HasNextPage, found.HasPreviousPage, _ => Task.FromResult(total));
        }

        var all = await ReadAllAsync(store, scope, listing, filter, context.CancellationToken);
        return Window(all, page, listing.Order, scope, list);
    }

    private static async Task<List<(Versioned<Entity> Entity, KeysetCursor Key, string Cursor)>> ReadAllAsync(
        ITimelineStore store, ReadScope scope, EntityListing listing, EntityFilter filter, CancellationToken cancellationToken)
    {
        var rows = new List<(Versioned<Entity>, KeysetCursor, string)>();
        string? after = null;
        while (true)
        {
            var found = await store.FindEntitiesAsync(new EntityQuery(listing.Kind, filter,
                listing.Order, new PageRequest(First: ReadAllPageSize, After: after), scope.KnownAt), cancellationToken);
            foreach (var item in found.Items)
                if (listing.Keep?.Invoke(item.Node.Item) ?? true)
                    rows.Add((item.Node, KeysetCursor.Decode(item.Cursor, "cursor", listing.Order), item.Cursor));
            if (!found.HasNextPage || found.EndCursor is null) break;
            after = found.EndCursor;
        }

        rows.Sort((a, b) => KeysetCursor.Compare(a.Item2, b.Item2, listing.Order));
        return rows;
    }

    /// <summary>The Relay window over a complete ordered list, with the store's page semantics.</summary>
    private static Connection Window(List<(Versioned<Entity> Entity, KeysetCursor Key, string Cursor)> all, PageRequest page, EntityOrder order,
        ReadScope scope, ListIdentity list)
    {
        var after = page.After is null ? null : KeysetCursor.Decode(page.After, "after", order);
        var before = page.Before is null ? null : KeysetCursor.Decode(page.Before, "before", order);
        var inRange = all
            .Where(r => after is null || KeysetCursor.Compare(r.Key, after, order) > 0)
            .Where(r => before is null || KeysetCursor.Compare(r.Key, before, order) < 0)
            .ToList();
        var size = page.Size;
        List<(Versioned<Entity> Entity, KeysetCursor Key, string Cursor)> items;
        bool hasNext, hasPrevious;
        if (page.IsBackward)
        {
            items = inRange.Skip(Math.Max(0, inRange.Count - size)).ToList();
            hasPrevious = inRange.Count > size;
            hasNext = before is not null && all.Any(r => KeysetCursor.Compare(r.Key, before, order) >= 0);
        }
        else
        {
            items = inRange.Take(size).ToList();
            hasNext = inRange.Count > size;
            hasPrevious = after is not null && all.Any(r => KeysetCursor.Compare(r.Key, after, order) <= 0);
        }

        var total = all.Count;
        return new Connection(items.Select(r => new Edge(list.Wrap(r.Cursor), GraphNodes.From(r.Entity.Item, scope))).ToArray(),
            hasNext, hasPrevious, _ => Task.FromResult(total));
    }
}
