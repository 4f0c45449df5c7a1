using ScoGraph.Domain.Facts;
using ScoGraph.Domain.Model;
using ScoGraph.Domain.Versions;

namespace ScoGraph.Domain.Ports;

/// <summary>
/// The store port: everything the domain and the API need from storage, shaped for batching (many ids per call)
/// so that the GraphQL layer never makes one call per entity. Adapters: SQLite (embedded) today; Neo4j (Cypher over
/// its HTTP API) is planned in the brief and not written yet. The contract test suite (tests/ScoGraph.Storage.ContractTests)
/// is what every adapter must pass.
/// </summary>
/// <remarks>
/// Rules every adapter keeps:
/// <list type="bullet">
/// <item>Nothing is updated in place or deleted: versions are appended and retracted (<see cref="VersionInfo"/>).</item>
/// <item><c>knownAt</c> (UTC) reads exactly what a reader at that moment saw: versions with
/// <c>RecordedAt &lt;= knownAt &lt; RetractedAt</c>; null reads current versions.</item>
/// <item>Facts are those of <see cref="FactProjection.Project"/> for each stored version; valid-time answers follow
/// <see cref="Time.ValidityBounds"/> (an adapter may pre-filter on the four bound days, then must use that type
/// for the certainty).</item>
/// <item>A write batch is one transaction; concurrent readers see it entirely or not at all.</item>
/// <item>Bad arguments (unknown cursor, page problems) throw <see cref="ArgumentException"/> with a clear message.</item>
/// <item>A cancelled token stops a read promptly, also while it runs (SQLite interrupts its statement; an HTTP adapter
/// cancels its call), with <see cref="OperationCanceledException"/>: a timed-out or abandoned request must free what it
/// holds. Reads that may take long whatever the data (text search) must not take every connection from cheap ones.</item>
/// <item>A store that cannot be reached throws <see cref="StoreUnavailableException"/> (answered as STORE_UNAVAILABLE).</item>
/// </list>
/// </remarks>
public interface ITimelineStore
{
    /// <summary>The version of each id known at <paramref name="knownAt"/>; ids with none are absent from the result.</summary>
    Task<IReadOnlyDictionary<string, Versioned<Entity>>> LoadEntitiesAsync(
        IReadOnlyCollection<string> ids, DateTimeOffset? knownAt, CancellationToken cancellationToken);

    /// <summary>A filtered, ordered keyset page of the entities of one kind.</summary>
    Task<Page<Versioned<Entity>>> FindEntitiesAsync(EntityQuery query, CancellationToken cancellationToken);

    /// <summary>The facts of many entities for a valid date, a knowledge time and a predicate set.</summary>
    Task<IReadOnlyList<FactRecord>> LoadFactsAsync(FactQuery query, CancellationToken cancellationToken);

    /// <summary>Dated facts whose valid time overlaps a date range (membership changes, signatures, meetings...).</summary>
    Task<IReadOnlyList<FactRecord>> FactsInRangeAsync(FactRangeQuery query, CancellationToken cancellationToken);

    /// <summary>Every membership change of these organizations (all states, all dates), as known at <paramref name="knownAt"/>.</summary>
    Task<IReadOnlyList<Versioned<MembershipChange>>> LoadMembershipChangesAsync(
        IReadOnlyCollection<string> organizationIds, DateTimeOffset? knownAt, CancellationToken cancellationToken);

    /// <summary>
    /// Writes a batch atomically and reports each item's outcome; throws <see cref="WriteRejectedException"/> (nothing
    /// written) when an item cannot be stored. Validate first (<see cref="Validation.WriteValidator"/>).
    /// </summary>
    Task<WriteResult> WriteAsync(WriteBatch batch, CancellationToken cancellationToken);

    /// <summary>Ranked text search over names, titles and aliases.</summary>
    Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken);

    /// <summary>All versions of one item (entity or claim id), oldest first; empty when unknown.</summary>
    Task<IReadOnlyList<Versioned<Entity>>> HistoryAsync(string itemId, CancellationToken cancellationToken);

    /// <summary>The conflicts among the facts known at a moment (<see cref="ConflictDetector"/>).</summary>
    Task<IReadOnlyList<Conflict>> ListConflictsAsync(ConflictQuery query, CancellationToken cancellationToken);
}
