using ScoGraph.Api.Schema.Loaders;
using ScoGraph.Api.Schema.Nodes;
using ScoGraph.Api.Schema.Resolvers;
using ScoGraph.Domain.Ports;
using ScoGraph.GraphQL.Types;

namespace ScoGraph.Api.Schema.Paging;

/// <summary>
/// Pages through an <see cref="EntityListing"/>: every filter is the store's, so a page is one keyset page call (which
/// also counts when <c>totalCount</c> is selected), whatever the size of the store. Cursors are the store's, wrapped
/// with the list's identity (<see cref="ListIdentity"/>).
/// </summary>
public static class EntityPager
{
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

        // The count comes with the page (same store call, same snapshot) when totalCount is selected.
        var query = new EntityQuery(listing.Kind, filter, listing.Order, page, scope.KnownAt,
            IncludeTotalCount: Selections.Selects(context, "totalCount"));
        var found = await store.FindEntitiesAsync(query, context.CancellationToken);
        var total = found.TotalCount ?? 0;
        return new Connection(
            found.Items.Select(i => new Edge(list.Wrap(i.Cursor), GraphNodes.From(i.Node.Item, scope))).ToArray(),
            found.HasNextPage, found.HasPreviousPage, _ => Task.FromResult(total));
    }
}
