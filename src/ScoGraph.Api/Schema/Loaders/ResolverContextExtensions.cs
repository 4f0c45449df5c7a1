using Microsoft.Extensions.DependencyInjection;
using ScoGraph.Domain.Ports;
using ScoGraph.GraphQL.Types;

namespace ScoGraph.Api.Schema.Loaders;

/// <summary>The store as the request sees it.</summary>
public static class ResolverContextExtensions
{
    public static ITimelineStore Store(this IResolverContext context) =>
        context.Services.GetRequiredService<ITimelineStore>();
}
