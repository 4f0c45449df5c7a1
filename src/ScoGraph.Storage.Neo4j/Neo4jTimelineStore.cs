using System.Text.Json;
using ScoGraph.Domain.Facts;
using ScoGraph.Domain.Indexing;
using ScoGraph.Domain.Model;
using ScoGraph.Domain.Ports;
using ScoGraph.Domain.Time;
using ScoGraph.Domain.Versions;
using ScoGraph.Storage.Neo4j.Http;
using ScoGraph.Storage.Neo4j.Reading;
using ScoGraph.Storage.Neo4j.Schema;
using ScoGraph.Storage.Neo4j.Writing;

namespace ScoGraph.Storage.Neo4j;

/// <summary>
/// The production store: <see cref="ITimelineStore"/> as Cypher over Neo4j's HTTP API. The graph holds one identity
/// node per id, one version node per version and one relationship per fact (docs/neo4j-model.md). Nothing that
/// correctness depends on lives in this process: the knowledge clock, revisions and current versions are all in the
/// database, so several ScoGraph instances can serve one Neo4j database at once. Open it with <see cref="OpenAsync"/>.
/// </summary>
public sealed class Neo4jTimelineStore : ITimelineStore, IAsyncDisposable
{
    /// <summary>Versions written by one batch from which index statistics are refreshed (semantics page 1.3).</summary>
    internal const int ResampleThreshold = 2_000;

    private readonly ICypherSession _session;
    private readonly Neo4jStoreOptions _options;
    private readonly IAsyncDisposable? _owned;
    private int _disposed;

    internal Neo4jTimelineStore(ICypherSession session, Neo4jStoreOptions options, IAsyncDisposable? owned = null)
    {
        _session = session;
        _options = options;
        _owned = owned;
    }

    /// <summary>
    /// Connects, applies the schema files not yet applied (<c>schema/neo4j</c>) and waits for the indexes.
    /// </summary>
    /// <exception cref="Neo4jConfigurationException">Wrong credentials or unknown database: retrying cannot help.</exception>
    /// <exception cref="StoreUnavailableException">Neo4j cannot be reached.</exception>
    public static async Task<Neo4jTimelineStore> OpenAsync(Neo4jStoreOptions options, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.BatchSize < 1) throw new ArgumentException("ScoGraph:Neo4j:BatchSize must be at least 1", nameof(options));
        var session = new Neo4jHttpSession(options);
        try
        {
            await session.ConnectAsync(ct).ConfigureAwait(false);
            return await OpenAsync(session, options, new Disposer(session), ct).ConfigureAwait(false);
        }
        catch
        {
            session.Dispose();
            throw;
        }
    }

    /// <summary>Opens over an existing session (tests): applies the schema, then serves.</summary>
    internal static async Task<Neo4jTimelineStore> OpenAsync(ICypherSession session, Neo4jStoreOptions options, IAsyncDisposable? owned,
        CancellationToken ct)
    {
        var files = SchemaFiles.Load();
        await SchemaRunner.ApplyAsync(session, files, ct).ConfigureAwait(false);
        return new Neo4jTimelineStore(session, options, owned) { AppliedSchemaFiles = string.Join(", ", files.Select(f => f.Name)) };
    }

    /// <summary>The schema files the database is at (all applied at open), e.g. "001-constraints, 002-indexes".</summary>
    public string AppliedSchemaFiles { get; private init; } = "";

    public async Task<IReadOnlyDictionary<string, Versioned<Entity>>> LoadEntitiesAsync(
        IReadOnlyCollection<string> ids, DateTimeOffset? knownAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        ThrowIfDisposed();
        var result = new Dictionary<string, Versioned<Entity>>(StringComparer.Ordinal);
        if (ids.Count == 0) return result;
        var rows = await _session.QueryAsync(EntityStatements.Load(ids, knownAt), row => Known.ReadVersion(row), cancellationToken)
            .ConfigureAwait(false);
        foreach (var versioned in rows) result[versioned.Item.Id] = versioned;
        return result;
    }

    public async Task<Page<Versioned<Entity>>> FindEntitiesAsync(EntityQuery query, CancellationToken cancellationToken)
    {
        ThrowIfDisposed();
        if (ListStatement.For(query) is not { } list) return Page<Versioned<Entity>>.Empty;
        var answers = await _session.QueryAsync(list.Statement, row => ReadPage(row, list), cancellationToken).ConfigureAwait(false);
        return answers.Single();
    }

    private static Page<Versioned<Entity>> ReadPage(CypherRow row, ListStatement list)
    {
        var items = new List<(Versioned<Entity> Entity, string SortKey, string? ThenKey)>();
        foreach (var element in row[0].EnumerateArray())
        {
            var inner = new CypherRow(element);
            items.Add((Known.ReadVersion(inner), inner.RequiredString(Known.VersionColumnCount),
                list.HasThenKey ? inner.RequiredString(Known.VersionColumnCount + 1) : null));
        }
        var hasMore = items.Count > list.Size;
        if (hasMore) items.RemoveAt(items.Count - 1);
        if (list.Backward) items.Reverse();
        var beyond = list.AsksOtherSide && row.Boolean(1) == true;
        int? total = list.AsksTotal ? (int)(row.Int64(2) ?? 0) : null;
        var page = items.Select(i => new PageItem<Versioned<Entity>>(i.Entity, new KeysetCursor(i.SortKey, i.Entity.Item.Id, i.ThenKey).Encode()))
            .ToArray();
        return list.Backward
            ? new Page<Versioned<Entity>>(page, HasNextPage: beyond, HasPreviousPage: hasMore, total)
            : new Page<Versioned<Entity>>(page, HasNextPage: hasMore, HasPreviousPage: beyond, total);
    }

    public async Task<IReadOnlyList<FactRecord>> LoadFactsAsync(FactQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Ids is null) throw new ArgumentException("the ids to load facts for are required", nameof(query));
        ThrowIfDisposed();
        if (query.Ids.Count == 0 || query.Predicates is { Count: 0 }) return [];
        var rows = await _session.QueryAsync(FactStatements.Load(query),
            row => FactStatements.ReadFact(row, f => query.AsOf is DateOnly day ? f.Bounds.HoldsOn(day) : Certainty.Certain, query.CertainOnly),
            cancellationToken).ConfigureAwait(false);
        var facts = rows.OfType<FactStatements.FactRow>().ToList();
        facts.Sort((a, b) => FactStatements.CompareForLoad(a, b, query.Direction));
        return facts.Select(f => f.Record).ToArray();
    }

    public async Task<IReadOnlyList<FactRecord>> FactsInRangeAsync(FactRangeQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.From > query.To)
            throw new ArgumentException($"the range starts ({query.From:yyyy-MM-dd}) after it ends ({query.To:yyyy-MM-dd})", nameof(query));
        if (query.Limit < 0) throw new ArgumentException("the limit must not be negative", nameof(query));
        ThrowIfDisposed();
        var predicates = query.Predicates ?? Predicates.Events;
        if (predicates.Count == 0 || query.Limit == 0) return [];
        if (FactStatements.InRange(query, predicates) is not { } statement) return [];
        var rows = await _session.QueryAsync(statement,
            row => FactStatements.ReadFact(row, f => f.Bounds.Overlaps(query.From, query.To), query.CertainOnly),
            cancellationToken).ConfigureAwait(false);
        var facts = rows.OfType<FactStatements.FactRow>().ToList();
        facts.Sort(FactStatements.CompareByStart);
        return facts.Select(f => f.Record).ToArray();
    }

    public async Task<IReadOnlyList<Versioned<MembershipChange>>> LoadMembershipChangesAsync(
        IReadOnlyCollection<string> organizationIds, DateTimeOffset? knownAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organizationIds);
        ThrowIfDisposed();
        if (organizationIds.Count == 0) return [];
        var rows = await _session.QueryAsync(FactStatements.MembershipChanges(organizationIds, knownAt), row => Known.ReadVersion(row),
            cancellationToken).ConfigureAwait(false);
        return rows.Where(v => v.Item is MembershipChange)
            .Select(v => new Versioned<MembershipChange>((MembershipChange)v.Item, v.Version)).ToArray();
    }

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Limit is < 1 or > 500) throw new ArgumentException("the search limit must be between 1 and 500", nameof(query));
        ThrowIfDisposed();
        var text = TextNormalizer.Normalize(query.Text);
        if (text.Length == 0 || query.Kinds is { Count: 0 }) return [];
        var candidates = await _session.QueryAsync(SearchStatements.Candidates(text, query.Kinds, query.KnownAt),
            row => (Entity: Known.ReadVersion(row), SortName: row.String(Known.VersionColumnCount) ?? "",
                Rank: row[Known.VersionColumnCount + 1].ValueKind == JsonValueKind.Number ? row[Known.VersionColumnCount + 1].GetDouble() : 0),
            cancellationToken).ConfigureAwait(false);
        var hits = new List<(SearchHit Hit, double Rank, string SortName)>();
        foreach (var candidate in candidates)
        {
            var entry = EntityIndexEntry.Of(candidate.Entity.Item);
            if (SearchRanking.ScoreNormalizedQuery(text, entry.Name, entry.Aliases) is not { } scored) continue;
            hits.Add((new SearchHit(candidate.Entity, scored.Score, scored.Matched), candidate.Rank, candidate.SortName));
        }
        return hits
            .OrderByDescending(h => h.Hit.Score)
            .ThenByDescending(h => h.Rank)
            .ThenBy(h => h.SortName, CodePointComparer.Instance)
            .ThenBy(h => h.Hit.Entity.Item.Id, CodePointComparer.Instance)
            .Take(query.Limit)
            .Select(h => h.Hit)
            .ToArray();
    }

    public async Task<IReadOnlyList<Versioned<Entity>>> HistoryAsync(string itemId, CancellationToken cancellationToken)
    {
        ThrowIfDisposed();
        if (string.IsNullOrEmpty(itemId)) return [];
        return await _session.QueryAsync(EntityStatements.History(itemId), row => Known.ReadVersion(row), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Every conflict involves a claim, so the claims known at the moment pick the (subject, predicate) pairs; their
    /// facts are then loaded at the same pinned moment and grouped by the domain's <see cref="ConflictDetector"/>.
    /// </summary>
    public async Task<IReadOnlyList<Conflict>> ListConflictsAsync(ConflictQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ThrowIfDisposed();
        if (query.Subjects is { Count: 0 }) return [];
        var rows = await _session.QueryAsync(FactStatements.ClaimPairs(query),
            row => (Subject: row.RequiredString(0), Predicate: row.RequiredString(1), Known: row.DateTime(2)), cancellationToken).ConfigureAwait(false);
        if (rows.Count == 0) return [];
        var pairs = rows.Select(r => (r.Subject, r.Predicate)).ToHashSet();
        var facts = await LoadFactsAsync(new FactQuery(
            pairs.Select(p => p.Subject).Distinct(StringComparer.Ordinal).ToArray(),
            FactDirection.Outgoing,
            pairs.Select(p => p.Predicate).Distinct(StringComparer.Ordinal).ToArray(),
            KnownAt: query.KnownAt ?? rows[0].Known), cancellationToken).ConfigureAwait(false);
        return ConflictDetector.Detect(facts.Where(f => pairs.Contains((f.Fact.Subject, f.Fact.Predicate))));
    }

    public async Task<WriteResult> WriteAsync(WriteBatch batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.Items is null) throw new ArgumentException("the batch has no item list", nameof(batch));
        ThrowIfDisposed();
        var (result, written) = await _session.InTransactionAsync((tx, ct) => WriteInTransactionAsync(tx, batch, _options.BatchSize, ct),
            cancellationToken).ConfigureAwait(false);
        if (written >= ResampleThreshold)
        {
            // Fresh statistics keep keyset pages on index seeks after a bulk import (semantics page 1.3); best effort.
            try { await _session.ExecuteAsync([WriteStatements.ResampleIndexes], cancellationToken).ConfigureAwait(false); }
            catch (Neo4jErrorException) { }
        }
        return result;
    }

    /// <summary>One write batch inside its transaction: clock, claim lookups, latest versions, decisions, writes.</summary>
    internal static async Task<(WriteResult Result, int Written)> WriteInTransactionAsync(ICypherTransaction tx, WriteBatch batch, int batchSize,
        CancellationToken ct)
    {
        var lookups = BatchPlan.ClaimLookups(batch);
        var first = new List<CypherStatement> { WriteStatements.AdvanceClock };
        if (lookups.Count > 0) first.Add(WriteStatements.FindClaims(lookups));
        var (recordedAt, storedClaims) = await tx.ExecuteAsync(first, () => new ClockAndClaimsSink(), ct).ConfigureAwait(false);

        var ids = BatchPlan.IdsToLoad(batch, storedClaims.Values.SelectMany(c => c));
        var latest = ids.Count == 0 ? [] : await tx.QueryAsync(WriteStatements.LoadLatest(ids), WriteStatements.ReadLatest, ct).ConfigureAwait(false);
        var plan = BatchPlan.Build(batch, latest.ToDictionary(l => l.Id, StringComparer.Ordinal),
            storedClaims.ToDictionary(c => c.Key, c => (IReadOnlyCollection<string>)c.Value));

        var statements = WriteStatements.Write(plan, recordedAt, batchSize);
        // Requests of at most about batchSize rows each, all in the one transaction.
        var pending = new List<CypherStatement>();
        var rows = 0;
        foreach (var statement in statements)
        {
            var count = statement.Parameters?.GetValueOrDefault("rows") is System.Collections.ICollection c ? c.Count : 0;
            if (pending.Count > 0 && rows + count > batchSize)
            {
                await tx.ExecuteAsync(pending, ct).ConfigureAwait(false);
                pending = [];
                rows = 0;
            }
            pending.Add(statement);
            rows += count;
        }
        if (pending.Count > 0) await tx.ExecuteAsync(pending, ct).ConfigureAwait(false);
        return (new WriteResult(recordedAt, plan.Results), plan.Versions.Count);
    }

    /// <summary>Reads the clock statement's time and the claim lookups of the same request.</summary>
    private sealed class ClockAndClaimsSink : ICypherRowSink<(DateTimeOffset, Dictionary<int, List<string>>)>
    {
        private DateTimeOffset? _recordedAt;
        private readonly Dictionary<int, List<string>> _claims = [];

        public void Row(int statement, CypherRow row)
        {
            if (statement == 0) _recordedAt = row.DateTime(0);
            else
            {
                var index = (int)row.Int64(0)!.Value;
                if (!_claims.TryGetValue(index, out var list)) _claims[index] = list = [];
                list.Add(row.RequiredString(1));
            }
        }

        public (DateTimeOffset, Dictionary<int, List<string>>) Complete() =>
            (_recordedAt ?? throw new InvalidOperationException("the knowledge clock statement returned no time"), _claims);
    }

    private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(_disposed != 0, this);

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0) return;
        if (_owned is not null) await _owned.DisposeAsync().ConfigureAwait(false);
    }

    private sealed class Disposer(IDisposable disposable) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            disposable.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}

/// <summary>Orders strings by Unicode code point, as Neo4j does (semantics page 1.1).</summary>
internal sealed class CodePointComparer : IComparer<string>
{
    public static CodePointComparer Instance { get; } = new();

    public int Compare(string? x, string? y) => KeysetCursor.CompareCodePoints(x ?? "", y ?? "");
}
