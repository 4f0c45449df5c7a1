using System.Collections.Concurrent;
using ScoGraph.Domain.Facts;
using ScoGraph.Domain.Model;
using ScoGraph.Domain.Ports;
using ScoGraph.Domain.Versions;

namespace ScoGraph.Api.Tests.Support;

/// <summary>A decorator that forwards every call to the real store and counts the calls per method.</summary>
public sealed class CountingStore(ITimelineStore inner) : ITimelineStore
{
    private readonly ConcurrentDictionary<string, int> _calls = new(StringComparer.Ordinal);

    /// <summary>Calls since the last <see cref="Reset"/>, all methods.</summary>
    public int Total => _calls.Values.Sum();

    public IReadOnlyDictionary<string, int> Calls => new Dictionary<string, int>(_calls);

    public void Reset() => _calls.Clear();

    private void Count(string method) => _calls.AddOrUpdate(method, 1, (_, n) => n + 1);

    public Task<IReadOnlyDictionary<string, Versioned<Entity>>> LoadEntitiesAsync(IReadOnlyCollection<string> ids, DateTimeOffset? knownAt, CancellationToken cancellationToken)
    {
        Count(nameof(LoadEntitiesAsync));
        return inner.LoadEntitiesAsync(ids, knownAt, cancellationToken);
    }

    public Task<Page<Versioned<Entity>>> FindEntitiesAsync(EntityQuery query, CancellationToken cancellationToken)
    {
        Count(nameof(FindEntitiesAsync));
        return inner.FindEntitiesAsync(query, cancellationToken);
    }

    public Task<IReadOnlyList<FactRecord>> LoadFactsAsync(FactQuery query, CancellationToken cancellationToken)
    {
        Count(nameof(LoadFactsAsync));
        return inner.LoadFactsAsync(query, cancellationToken);
    }

    public Task<IReadOnlyList<FactRecord>> FactsInRangeAsync(FactRangeQuery query, CancellationToken cancellationToken)
    {
        Count(nameof(FactsInRangeAsync));
        return inner.FactsInRangeAsync(query, cancellationToken);
    }

    public Task<IReadOnlyList<Versioned<MembershipChange>>> LoadMembershipChangesAsync(IReadOnlyCollection<string> organizationIds, DateTimeOffset? knownAt, CancellationToken cancellationToken)
    {
        Count(nameof(LoadMembershipChangesAsync));
        return inner.LoadMembershipChangesAsync(organizationIds, knownAt, cancellationToken);
    }

    public Task<WriteResult> WriteAsync(WriteBatch batch, CancellationToken cancellationToken)
    {
        Count(nameof(WriteAsync));
        return inner.WriteAsync(batch, cancellationToken);
    }

    public Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        Count(nameof(SearchAsync));
        return inner.SearchAsync(query, cancellationToken);
    }

    public Task<IReadOnlyList<Versioned<Entity>>> HistoryAsync(string itemId, CancellationToken cancellationToken)
    {
        Count(nameof(HistoryAsync));
        return inner.HistoryAsync(itemId, cancellationToken);
    }

    public Task<IReadOnlyList<Conflict>> ListConflictsAsync(ConflictQuery query, CancellationToken cancellationToken)
    {
        Count(nameof(ListConflictsAsync));
        return inner.ListConflictsAsync(query, cancellationToken);
    }
}
