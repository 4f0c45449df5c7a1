using System.Diagnostics;
using ScoGraph.Domain.Facts;
using ScoGraph.Domain.Model;
using ScoGraph.Domain.Ports;
using ScoGraph.Domain.Versions;

namespace ScoGraph.Api.Benchmarks;

/// <summary>
/// Forwards to the real store, counting the calls (how many store round trips one query costs) and the time spent
/// in them (how much of a request is the store's own work).
/// </summary>
internal sealed class CallCountingStore(ITimelineStore inner) : ITimelineStore
{
    private int _calls;
    private long _elapsedTicks;

    public int Calls => Volatile.Read(ref _calls);

    public TimeSpan Elapsed => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _elapsedTicks));

    private async Task<T> Count<T>(Func<Task<T>> call)
    {
        Interlocked.Increment(ref _calls);
        var start = Stopwatch.GetTimestamp();
        try
        {
            return await call();
        }
        finally
        {
            Interlocked.Add(ref _elapsedTicks, Stopwatch.GetTimestamp() - start);
        }
    }

    public Task<IReadOnlyDictionary<string, Versioned<Entity>>> LoadEntitiesAsync(IReadOnlyCollection<string> ids, DateTimeOffset? knownAt, CancellationToken cancellationToken) =>
        Count(() => inner.LoadEntitiesAsync(ids, knownAt, cancellationToken));

    public Task<Page<Versioned<Entity>>> FindEntitiesAsync(EntityQuery query, CancellationToken cancellationToken) =>
        Count(() => inner.FindEntitiesAsync(query, cancellationToken));

    public Task<IReadOnlyList<FactRecord>> LoadFactsAsync(FactQuery query, CancellationToken cancellationToken) =>
        Count(() => inner.LoadFactsAsync(query, cancellationToken));

    public Task<IReadOnlyList<FactRecord>> FactsInRangeAsync(FactRangeQuery query, CancellationToken cancellationToken) =>
        Count(() => inner.FactsInRangeAsync(query, cancellationToken));

    public Task<IReadOnlyList<Versioned<MembershipChange>>> LoadMembershipChangesAsync(IReadOnlyCollection<string> organizationIds, DateTimeOffset? knownAt, CancellationToken cancellationToken) =>
        Count(() => inner.LoadMembershipChangesAsync(organizationIds, knownAt, cancellationToken));

    public Task<WriteResult> WriteAsync(WriteBatch batch, CancellationToken cancellationToken) =>
        Count(() => inner.WriteAsync(batch, cancellationToken));

    public Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken) =>
        Count(() => inner.SearchAsync(query, cancellationToken));

    public Task<IReadOnlyList<Versioned<Entity>>> HistoryAsync(string itemId, CancellationToken cancellationToken) =>
        Count(() => inner.HistoryAsync(itemId, cancellationToken));

    public Task<IReadOnlyList<Conflict>> ListConflictsAsync(ConflictQuery query, CancellationToken cancellationToken) =>
        Count(() => inner.ListConflictsAsync(query, cancellationToken));
}
