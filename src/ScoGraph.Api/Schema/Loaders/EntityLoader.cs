using ScoGraph.Api.Schema.Nodes;
using ScoGraph.Domain.Model;
using ScoGraph.Domain.Versions;
using ScoGraph.GraphQL.Types;

namespace ScoGraph.Api.Schema.Loaders;

/// <summary>
/// Entities by id, batched per request and knowledge time: all the ids a level of the response asks for
/// (states' sources, meetings' hosts...) become one <c>LoadEntitiesAsync</c> call.
/// </summary>
public static class EntityLoader
{
    public static Task<Versioned<Entity>?> LoadAsync(IResolverContext context, ReadScope scope, string id) =>
        Loader(context, scope).LoadAsync(id);

    /// <summary>A node of the expected kind, null when unknown or of another kind.</summary>
    public static async Task<GraphNode<T>?> NodeAsync<T>(IResolverContext context, ReadScope scope, string? id) where T : Entity =>
        id is null ? null : await LoadAsync(context, scope, id) is { Item: T entity } ? new GraphNode<T>(entity, scope) : null;

    /// <summary>Nodes of the expected kind in the given order, leaving out unknown ids (e.g. sources not known at knownAt).</summary>
    public static async Task<IReadOnlyList<GraphNode<T>>> NodesAsync<T>(IResolverContext context, ReadScope scope, IEnumerable<string> ids) where T : Entity
    {
        var found = await Loader(context, scope).LoadManyAsync(ids.Distinct(StringComparer.Ordinal));
        return found.Select(v => v?.Item).OfType<T>().Select(e => new GraphNode<T>(e, scope)).ToArray();
    }

    /// <summary>
    /// Loads entities now, in one store call, and primes the request's loader with them: a root field that already
    /// knows which entities its children will ask for saves the children a batch round (and the executor a wake-up).
    /// </summary>
    public static async Task PreloadAsync(IResolverContext context, ReadScope scope, IReadOnlyCollection<string> ids)
    {
        if (ids.Count == 0) return;
        var found = await context.Store().LoadEntitiesAsync(ids, scope.KnownAt, context.CancellationToken);
        var loader = Loader(context, scope);
        foreach (var id in ids) loader.Prime(id, found.GetValueOrDefault(id));
    }

    private static GraphQL.DataLoader.BatchDataLoader<string, Versioned<Entity>> Loader(IResolverContext context, ReadScope scope)
    {
        var store = context.Store();
        return context.DataLoaders.Batch<string, Versioned<Entity>>($"entities@{scope.Key}",
            async (ids, cancellationToken) => await store.LoadEntitiesAsync(ids, scope.KnownAt, cancellationToken));
    }
}
