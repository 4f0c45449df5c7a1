using ScoGraph.Api.Schema.Loaders;
using ScoGraph.Api.Schema.Nodes;
using ScoGraph.Domain.Model;
using ScoGraph.GraphQL.Types;

namespace ScoGraph.Api.Schema.Resolvers;

/// <summary>The <c>Source</c> type, and the <c>sources</c> field every sourced type shares.</summary>
public static class SourceResolvers
{
    /// <summary>The cited sources as nodes, in citation order (batched with every other entity lookup of the level).</summary>
    public static Task<IReadOnlyList<GraphNode<Source>>> SourcesAsync(IResolverContext context, ReadScope scope, IEnumerable<SourceRef> sources) =>
        EntityLoader.NodesAsync<Source>(context, scope, sources.Select(s => s.SourceId));

    public static Task<IReadOnlyList<GraphNode<Source>>> SourcesAsync<T>(GraphNode<T> node, IResolverContext context) where T : Entity =>
        SourcesAsync(context, node.Scope, node.Entity.Sources);

    /// <summary>Binds <c>{type}.sources</c> and <c>{type}.citations</c> for an entity type.</summary>
    public static SchemaBuilder BindSources<T>(this SchemaBuilder builder, string type) where T : Entity => builder
        .ReadAsync<GraphNode<T>, IReadOnlyList<GraphNode<Source>>>(type, "sources", SourcesAsync)
        .ReadAsync<GraphNode<T>, IReadOnlyList<CitationNode>>(type, "citations", (node, context) =>
            CitationResolvers.CitationsAsync(context, node.Scope, node.Entity.Sources));

    public static SchemaBuilder BindSourceType(this SchemaBuilder builder) => builder
        .BindType<GraphNode<Source>>("Source")
        .Read<GraphNode<Source>>("Source", "id", s => s.Entity.Id)
        .Read<GraphNode<Source>>("Source", "title", s => s.Entity.Title)
        .Read<GraphNode<Source>>("Source", "url", s => s.Entity.Url)
        .Read<GraphNode<Source>>("Source", "publisher", s => s.Entity.Publisher)
        .Read<GraphNode<Source>>("Source", "published", s => s.Entity.Published)
        .Read<GraphNode<Source>>("Source", "language", s => s.Entity.Language)
        .Read<GraphNode<Source>>("Source", "excerpt", s => s.Entity.Excerpt);
}
