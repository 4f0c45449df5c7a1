using ScoGraph.Api.Schema.Loaders;
using ScoGraph.Api.Schema.Nodes;
using ScoGraph.Domain.Model;
using ScoGraph.GraphQL.Types;

namespace ScoGraph.Api.Schema.Resolvers;

/// <summary>The <c>Post</c> type.</summary>
public static class PostResolvers
{
    public static SchemaBuilder BindPost(this SchemaBuilder builder) => builder
        .BindType<GraphNode<Post>>("Post")
        .Read<GraphNode<Post>>("Post", "id", p => p.Entity.Id)
        .Read<GraphNode<Post>>("Post", "title", p => p.Entity.Title)
        .ReadAsync<GraphNode<Post>, GraphNode<Organization>?>("Post", "organization", (p, context) =>
            EntityLoader.NodeAsync<Organization>(context, p.Scope, p.Entity.Organization))
        .ReadAsync<GraphNode<Post>, GraphNode<State>?>("Post", "state", (p, context) =>
            EntityLoader.NodeAsync<State>(context, p.Scope, p.Entity.State))
        .ReadAsync<GraphNode<Post>, IReadOnlyList<GraphNode<Tenure>>>("Post", "holders", async (p, context) =>
            ListLimit.Check(await TenureResolvers.HoldersAsync(context, p.Scope, p.Entity.Id, context.Date("asOf")),
                ListLimit.Tenures, $"The holders of \"{p.Entity.Id}\"", "give \"asOf\""))
        .BindSources<Post>("Post")
        .BindClaims<Post>("Post");
}
