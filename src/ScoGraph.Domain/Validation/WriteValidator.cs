using ScoGraph.Domain.Model;
using ScoGraph.Domain.Ports;

namespace ScoGraph.Domain.Validation;

/// <summary>
/// <see cref="WriteValidation"/> with the store lookup done: one batched <see cref="ITimelineStore.LoadEntitiesAsync"/>
/// for every id the batch refers to but does not define. Use before <see cref="ITimelineStore.WriteAsync"/>;
/// write only when it returns no issue.
/// </summary>
public sealed class WriteValidator(ITimelineStore store)
{
    public async Task<IReadOnlyList<WriteIssue>> ValidateAsync(IReadOnlyList<WriteItem> items, CancellationToken cancellationToken)
    {
        var external = WriteValidation.ExternalReferences(items);
        IReadOnlyDictionary<string, EntityKind> storeKnown = new Dictionary<string, EntityKind>();
        if (external.Count > 0)
        {
            var found = await store.LoadEntitiesAsync(external, null, cancellationToken);
            storeKnown = found.ToDictionary(p => p.Key, p => p.Value.Item.Kind, StringComparer.Ordinal);
        }
        return WriteValidation.Validate(items, storeKnown);
    }
}
