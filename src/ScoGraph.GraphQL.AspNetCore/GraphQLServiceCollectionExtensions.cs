using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ScoGraph.GraphQL.Diagnostics;
using ScoGraph.GraphQL.Execution;
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
            provider.GetRequiredService<ILogger<GraphQLServer>>(),
            provider.GetServices<IExecutionDiagnosticEventListener>(),
            provider.GetServices<IErrorFilter>()));
        services.AddSingleton(provider => new GraphQLIdeHandler(provider.GetRequiredService<IOptions<GraphQLServerOptions>>().Value));
        services.AddSingleton<GraphQLHttpHandler>();
        return services;
    }

    public static IServiceCollection AddGraphQLServer(this IServiceCollection services, Schema schema, Action<GraphQLServerOptions>? configure = null) =>
        services.AddGraphQLServer(_ => schema, configure);

    /// <summary>
    /// Adds a diagnostic listener (a singleton) the GraphQL server tells of every request's parse, validation,
    /// execution, DataLoader batches and errors, e.g. for tracing or metrics. Register before the server is first used.
    /// </summary>
    public static IServiceCollection AddGraphQLDiagnosticEventListener<TListener>(this IServiceCollection services)
        where TListener : class, IExecutionDiagnosticEventListener
    {
        services.AddSingleton<IExecutionDiagnosticEventListener, TListener>();
        return services;
    }

    /// <summary>Adds an error filter (a singleton) that turns exceptions the host expects into errors with their own code.</summary>
    public static IServiceCollection AddGraphQLErrorFilter<TFilter>(this IServiceCollection services) where TFilter : class, IErrorFilter
    {
        services.AddSingleton<IErrorFilter, TFilter>();
        return services;
    }
}
