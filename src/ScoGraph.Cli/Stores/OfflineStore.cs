using ScoGraph.Domain.Facts;
using ScoGraph.Domain.Model;
using ScoGraph.Domain.Ports;
using ScoGraph.Domain.Versions;

namespace ScoGraph.Cli.Stores;

/// <summary>
/// An empty store that can never be written: <c>scograph validate</c> without a store checks the files on their
/// own, so every reference must be defined in them.
/// </summary>
public sealed class OfflineStore : ITimelineStore
{
    public Task<IReadOnlyDictionary<string, Versioned<Entity>>> LoadEntitiesAsync(IReadOnlyCollection<string> ids, DateTimeOffset? knownAt, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<string, Versioned<Entity>>>(new Dictionary<string, Versioned<Entity>>());

    public Task<Page<Versioned<Entity>>> FindEntitiesAsync(EntityQuery query, CancellationToken cancellationToken) =>
        Task.FromResult(Page<Versioned<Entity>>.Empty);

    public Task<IReadOnlyList<FactRecord>> LoadFactsAsync(FactQuery query, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<FactRecord>>([]);

    public Task<IReadOnlyList<FactRecord>> FactsInRangeAsync(FactRangeQuery query, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<FactRecord>>([]);

    public Task<IReadOnlyList<Versioned<MembershipChange>>> LoadMembershipChangesAsync(IReadOnlyCollection<string> organizationIds, DateTimeOffset? knownAt, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Versioned<MembershipChange>>>([]);

    public Task<WriteResult> WriteAsync(WriteBatch batch, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("validate never writes");

    public Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<SearchHit>>([]);

    public Task<IReadOnlyList<Versioned<Entity>>> HistoryAsync(string itemId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Versioned<Entity>>>([]);

    public Task<IReadOnlyList<Conflict>> ListConflictsAsync(ConflictQuery query, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Conflict>>([]);
}
