using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ScoGraph.GraphQL.Types;

namespace ScoGraph.GraphQL.AspNetCore;

/// <summary>Registers the GraphQL server (one schema per application) for <see cref="GraphQLEndpointRouteBuilderExtensions.MapGraphQL"/>.</summary>
public static class GraphQLServiceCollectionExtensions
{
    /// <summary>
    /// Registers the server for a schema built from the services (so resolvers' dependencies can be resolved at
    /// build time). Options can also be bound from configuration:
    /// <c>services.Configure&lt;GraphQLServerOptions&gt;(configuration.GetSection("GraphQL"))</c>.
    /// </summary>
    public static IServiceCollection AddGraphQLServer(
        this IServiceCollection services,
        Func<IServiceProvider, Schema> schemaFactory,
        Action<GraphQLServerOptions>? configure = null)
    {
        var optionsBuilder = services.AddOptions<GraphQLServerOptions>();
        if (configure is not null) optionsBuilder.Configure(configure);
        services.AddSingleton(provider => new GraphQLServer(
            schemaFactory(provider),
            provider.GetRequiredService<IOptions<GraphQLServerOptions>>().Value,
            provider.GetRequiredService<ILogger<GraphQLServer>>()));
        services.AddSingleton(provider => new GraphQLIdeHandler(provider.GetRequiredService<IOptions<GraphQLServerOptions>>().Value));
        services.AddSingleton<GraphQLHttpHandler>();
        return services;
    }

    public static IServiceCollection AddGraphQLServer(this IServiceCollection services, Schema schema, Action<GraphQLServerOptions>? configure = null) =>
        services.AddGraphQLServer(_ => schema, configure);
}
