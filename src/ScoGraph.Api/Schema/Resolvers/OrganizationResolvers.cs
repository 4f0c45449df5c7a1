using ScoGraph.Api.Schema.Loaders;
using ScoGraph.Api.Schema.Nodes;
using ScoGraph.Domain.Model;
using ScoGraph.GraphQL.Types;

namespace ScoGraph.Api.Schema.Resolvers;

/// <summary>The <c>Organization</c> type.</summary>
public static class OrganizationResolvers
{
    public static SchemaBuilder BindOrganization(this SchemaBuilder builder) => builder
        .BindType<GraphNode<Organization>>("Organization")
        .Read<GraphNode<Organization>>("Organization", "id", o => o.Entity.Id)
        .Read<GraphNode<Organization>>("Organization", "name", o => o.Entity.Name)
        .Read<GraphNode<Organization>>("Organization", "aliases", o => o.Entity.Aliases)
        .ReadAsync<GraphNode<Organization>, GraphNode<Organization>?>("Organization", "parent", (o, context) =>
            EntityLoader.NodeAsync<Organization>(context, o.Scope, o.Entity.Parent))
        .ReadAsync<GraphNode<Organization>, GraphNode<Organization>?>("Organization", "succeededBy", (o, context) =>
            EntityLoader.NodeAsync<Organization>(context, o.Scope, o.Entity.SucceededBy))
        .BindClaims<Organization>("Organization")
        .BindSources<Organization>("Organization");
}
