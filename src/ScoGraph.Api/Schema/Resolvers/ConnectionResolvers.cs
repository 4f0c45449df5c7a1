using ScoGraph.Api.Schema.Paging;
using ScoGraph.GraphQL.Types;

namespace ScoGraph.Api.Schema.Resolvers;

/// <summary>Every <c>XxxConnection</c>, <c>XxxEdge</c> and <c>PageInfo</c> type, over <see cref="Connection"/>.</summary>
public static class ConnectionResolvers
{
    private static readonly string[] Items = ["State", "Organization", "Official", "Post", "Meeting", "Agreement", "Source", "Claim"];

    public static SchemaBuilder BindConnections(this SchemaBuilder builder)
    {
        foreach (var item in Items)
        {
            var connection = item + "Connection";
            var edge = item + "Edge";
            builder
                .Read<Connection>(connection, "edges", c => c.Edges)
                .Read<Connection>(connection, "nodes", c => c.Edges.Select(e => e.Node).ToArray())
                .Read<Connection>(connection, "pageInfo", c => c)
                // Counting may cost a store call, so it runs only when totalCount is selected.
                .ReadAsync<Connection, int>(connection, "totalCount", (c, context) => c.CountAsync(context.CancellationToken))
                .Read<Edge>(edge, "cursor", e => e.Cursor)
                .Read<Edge>(edge, "node", e => e.Node);
        }
        return builder
            .Read<Connection>("PageInfo", "hasNextPage", c => c.HasNextPage)
            .Read<Connection>("PageInfo", "hasPreviousPage", c => c.HasPreviousPage)
            .Read<Connection>("PageInfo", "startCursor", c => c.StartCursor)
            .Read<Connection>("PageInfo", "endCursor", c => c.EndCursor);
    }
}
