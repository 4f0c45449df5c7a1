using ScoGraph.Domain.Model;
using ScoGraph.Domain.Ports;

namespace ScoGraph.Domain.Validation;

/// <summary>What the pure validators need from the store: the kind of each id it knows, in one batched call.</summary>
internal static class StoreKinds
{
    /// <summary>The kinds of those of <paramref name="ids"/> the store holds now; unknown ids are absent.</summary>
    public static async Task<IReadOnlyDictionary<string, EntityKind>> LoadAsync(
        ITimelineStore store, IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        // Most batches refer only to ids they define: spare the store a call.
        if (ids.Count == 0) return new Dictionary<string, EntityKind>();
        var found = await store.LoadEntitiesAsync(ids, null, cancellationToken);
        return found.ToDictionary(p => p.Key, p => p.Value.Item.Kind, StringComparer.Ordinal);
    }
}
