using ScoGraph.Domain.Ports;

namespace ScoGraph.Domain.Validation;

/// <summary>
/// <see cref="WriteValidation"/> with the store lookup done: one batched <see cref="ITimelineStore.LoadEntitiesAsync"/>
/// for every id the batch refers to but does not define, then the retraction rule of <see cref="RetractionReferences"/>. Use before <see cref="ITimelineStore.WriteAsync"/>;
/// write only when it returns no issue.
/// </summary>
public sealed class WriteValidator(ITimelineStore store)
{
    public async Task<IReadOnlyList<WriteIssue>> ValidateAsync(IReadOnlyList<WriteItem> items, CancellationToken cancellationToken)
    {
        var storeKnown = await StoreKinds.LoadAsync(store, WriteValidation.ExternalReferences(items), cancellationToken);
        var issues = WriteValidation.Validate(items, storeKnown);
        return issues.Count > 0 ? issues : await RetractionReferences.CheckAsync(store, items, cancellationToken);
    }
}
