using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ScoGraph.GraphQL.AspNetCore;

/// <summary>Maps the GraphQL endpoint and its IDE, HotChocolate style: <c>app.MapGraphQL("/graphql")</c>.</summary>
public static class GraphQLEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps <c>GET</c>/<c>POST {path}</c> (GraphQL over HTTP, <c>?sdl</c>, the redirect of browsers to the IDE) and
    /// <c>GET {path}/...</c> (the IDE's files). Needs <see cref="GraphQLServiceCollectionExtensions.AddGraphQLServer(Microsoft.Extensions.DependencyInjection.IServiceCollection, Types.Schema, Action{GraphQLServerOptions}?)"/>.
    /// The returned builder applies conventions (CORS policies, authorization) to both.
    /// </summary>
    public static IEndpointConventionBuilder MapGraphQL(this IEndpointRouteBuilder endpoints, string path = "/graphql")
    {
        var trimmed = "/" + path.Trim('/');
        var http = endpoints.ServiceProvider.GetRequiredService<GraphQLHttpHandler>();
        var ide = endpoints.ServiceProvider.GetRequiredService<GraphQLIdeHandler>();

        // PUT, PATCH and DELETE are mapped only to answer 405 as a GraphQL error (routing's own 405 has no body);
        // OPTIONS stays with CORS.
        var api = endpoints.MapMethods(trimmed,
                [HttpMethods.Get, HttpMethods.Head, HttpMethods.Post, HttpMethods.Put, HttpMethods.Patch, HttpMethods.Delete], http.HandleAsync)
            .WithDisplayName("GraphQL " + trimmed);
        var assets = endpoints.MapMethods(trimmed + "/{**file}", [HttpMethods.Get, HttpMethods.Head],
                (HttpContext context) => ide.ServeAsync(context, context.Request.RouteValues["file"] as string))
            .WithDisplayName("GraphQL IDE " + trimmed);
        return new CompositeConventionBuilder([api, assets]);
    }

    private sealed class CompositeConventionBuilder(IReadOnlyList<IEndpointConventionBuilder> builders) : IEndpointConventionBuilder
    {
        public void Add(Action<EndpointBuilder> convention)
        {
            foreach (var builder in builders) builder.Add(convention);
        }

        public void Finally(Action<EndpointBuilder> finallyConvention)
        {
            foreach (var builder in builders) builder.Finally(finallyConvention);
        }
    }
}
