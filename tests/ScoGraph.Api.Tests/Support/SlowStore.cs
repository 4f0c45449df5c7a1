using ScoGraph.Domain.Facts;
using ScoGraph.Domain.Model;
using ScoGraph.Domain.Ports;
using ScoGraph.Domain.Versions;

namespace ScoGraph.Api.Tests.Support;

/// <summary>
/// The real store, with entity loads held back by <see cref="Delay"/> once <see cref="Armed"/>: a request that is
/// really in flight (inside a resolver) for as long as a test needs, e.g. across a shutdown. The delay ignores
/// cancellation on purpose, like a store call that cannot be interrupted.
/// </summary>
public sealed class SlowStore(ITimelineStore inner) : ITimelineStore
{
    private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TimeSpan Delay { get; set; } = TimeSpan.FromSeconds(2);

    public bool Armed { get; set; }

    /// <summary>Completes when an armed call has started waiting.</summary>
    public Task Entered => _entered.Task;

    private async Task HoldAsync()
    {
        if (!Armed) return;
        _entered.TrySetResult();
        await Task.Delay(Delay, CancellationToken.None);
    }

    public async Task<IReadOnlyDictionary<string, Versioned<Entity>>> LoadEntitiesAsync(IReadOnlyCollection<string> ids, DateTimeOffset? knownAt, CancellationToken cancellationToken)
    {
        await HoldAsync();
        return await inner.LoadEntitiesAsync(ids, knownAt, cancellationToken);
    }

    public async Task<Page<Versioned<Entity>>> FindEntitiesAsync(EntityQuery query, CancellationToken cancellationToken)
    {
        await HoldAsync();
        return await inner.FindEntitiesAsync(query, cancellationToken);
    }

    public Task<IReadOnlyList<FactRecord>> LoadFactsAsync(FactQuery query, CancellationToken cancellationToken) => inner.LoadFactsAsync(query, cancellationToken);

    public Task<IReadOnlyList<FactRecord>> FactsInRangeAsync(FactRangeQuery query, CancellationToken cancellationToken) => inner.FactsInRangeAsync(query, cancellationToken);

    public Task<IReadOnlyList<Versioned<MembershipChange>>> LoadMembershipChangesAsync(IReadOnlyCollection<string> organizationIds, DateTimeOffset? knownAt, CancellationToken cancellationToken) =>
        inner.LoadMembershipChangesAsync(organizationIds, knownAt, cancellationToken);

    public Task<WriteResult> WriteAsync(WriteBatch batch, CancellationToken cancellationToken) => inner.WriteAsync(batch, cancellationToken);

    public Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken) => inner.SearchAsync(query, cancellationToken);

    public Task<IReadOnlyList<Versioned<Entity>>> HistoryAsync(string itemId, CancellationToken cancellationToken) => inner.HistoryAsync(itemId, cancellationToken);

    public Task<IReadOnlyList<Conflict>> ListConflictsAsync(ConflictQuery query, CancellationToken cancellationToken) => inner.ListConflictsAsync(query, cancellationToken);
}
