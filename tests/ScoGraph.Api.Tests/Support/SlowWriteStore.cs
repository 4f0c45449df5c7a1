using ScoGraph.Domain.Facts;
using ScoGraph.Domain.Model;
using ScoGraph.Domain.Ports;
using ScoGraph.Domain.Versions;

namespace ScoGraph.Api.Tests.Support;

/// <summary>
/// The real store, with every write held back by <see cref="Delay"/> before it reaches the store: an import of many
/// batches that is really mid-way for as long as a test needs, e.g. across a shutdown. The delay ignores cancellation
/// on purpose, like a transaction that cannot be interrupted.
/// </summary>
public sealed class SlowWriteStore(ITimelineStore inner) : ITimelineStore
{
    private readonly TaskCompletionSource _firstWritten = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TimeSpan Delay { get; set; } = TimeSpan.FromMilliseconds(300);

    /// <summary>Completes once the first write has reached the store.</summary>
    public Task FirstWritten => _firstWritten.Task;

    /// <summary>The real store, for checking what landed.</summary>
    public ITimelineStore Inner => inner;

    public async Task<WriteResult> WriteAsync(WriteBatch batch, CancellationToken cancellationToken)
    {
        await Task.Delay(Delay, CancellationToken.None);
        var result = await inner.WriteAsync(batch, cancellationToken);
        _firstWritten.TrySetResult();
        return result;
    }

    public Task<IReadOnlyDictionary<string, Versioned<Entity>>> LoadEntitiesAsync(IReadOnlyCollection<string> ids, DateTimeOffset? knownAt, CancellationToken cancellationToken) =>
        inner.LoadEntitiesAsync(ids, knownAt, cancellationToken);

    public Task<Page<Versioned<Entity>>> FindEntitiesAsync(EntityQuery query, CancellationToken cancellationToken) => inner.FindEntitiesAsync(query, cancellationToken);

    public Task<IReadOnlyList<FactRecord>> LoadFactsAsync(FactQuery query, CancellationToken cancellationToken) => inner.LoadFactsAsync(query, cancellationToken);

    public Task<IReadOnlyList<FactRecord>> FactsInRangeAsync(FactRangeQuery query, CancellationToken cancellationToken) => inner.FactsInRangeAsync(query, cancellationToken);

    public Task<IReadOnlyList<Versioned<MembershipChange>>> LoadMembershipChangesAsync(IReadOnlyCollection<string> organizationIds, DateTimeOffset? knownAt, CancellationToken cancellationToken) =>
        inner.LoadMembershipChangesAsync(organizationIds, knownAt, cancellationToken);

    public Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken) => inner.SearchAsync(query, cancellationToken);

    public Task<IReadOnlyList<Versioned<Entity>>> HistoryAsync(string itemId, CancellationToken cancellationToken) => inner.HistoryAsync(itemId, cancellationToken);

    public Task<IReadOnlyList<Conflict>> ListConflictsAsync(ConflictQuery query, CancellationToken cancellationToken) => inner.ListConflictsAsync(query, cancellationToken);
}
