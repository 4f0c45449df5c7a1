using ScoGraph.Api.Schema.Loaders;
using ScoGraph.Api.Schema.Nodes;
using ScoGraph.Domain.Model;
using ScoGraph.GraphQL.Types;

namespace ScoGraph.Api.Schema.Resolvers;

/// <summary><c>Query.node</c>, <c>Query.nodes</c> and <c>Query.state</c>: lookups by id (null for unknown ids).</summary>
public static class NodeResolvers
{
    /// <summary>The most ids one <c>nodes</c> call may name.</summary>
    public const int MaxIds = 500;

    public static SchemaBuilder BindNodeLookups(this SchemaBuilder builder) => builder
        .RootAsync("node", context => NodeAsync(context, context.ReadScope(), context.RequiredString("id")))
        .RootAsync("nodes", async context =>
        {
            var scope = context.ReadScope();
            var ids = context.List<string>("ids") ?? [];
            if (ids.Count > MaxIds) throw Arguments.BadInput($"\"ids\" may name at most {MaxIds} ids; got {ids.Count}.");
            return await Task.WhenAll(ids.Select(id => NodeAsync(context, scope, id)));
        })
        .ListSize("Query", "nodes", MaxIds, sizedBy: "ids")
        .RootAsync("state", context =>
            EntityLoader.NodeAsync<State>(context, context.ReadScope(), context.RequiredString("iso3").Trim().ToUpperInvariant()));

    /// <summary>The node with this id (claims included), or null when unknown.</summary>
    public static async Task<object?> NodeAsync(IResolverContext context, ReadScope scope, string? id) =>
        id is null ? null : await EntityLoader.LoadAsync(context, scope, id) switch
        {
            null => null,
            var found => GraphNodes.From(found.Item, scope),
        };
}
