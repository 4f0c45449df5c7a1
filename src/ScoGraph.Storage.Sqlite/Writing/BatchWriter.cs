using System.Text.Json;
using Microsoft.Data.Sqlite;
using ScoGraph.Domain.Facts;
using ScoGraph.Domain.Indexing;
using ScoGraph.Domain.Model;
using ScoGraph.Domain.Ports;
using ScoGraph.Domain.Serialization;
using ScoGraph.Storage.Sqlite.Connections;
using ScoGraph.Storage.Sqlite.Mapping;

namespace ScoGraph.Storage.Sqlite.Writing;

/// <summary>
/// Applies one <see cref="WriteBatch"/> inside one transaction on the writer session: all items or none. The
/// caller holds the writer lock, so this is the only code touching the file's content at that moment.
/// </summary>
internal sealed class BatchWriter
{
    // Each statement's parameter names in binding order, allocated once rather than on every execution.
    private static readonly string[] NoParameters = [];
    private static readonly string[] ClockParameters = ["$ticks"];
    private static readonly string[] ClaimParameters = ["$subject", "$predicate", "$value"];
    private static readonly string[] RetractVersionParameters = ["$ticks", "$reason", "$key", "$by"];
    private static readonly string[] RetractFactsParameters = ["$ticks", "$key"];
    private static readonly string[] SpanParameters = ["$predicate", "$span"];

    private readonly PreparedSession _session;
    private readonly WriteBatch _batch;
    private readonly long _ticks;
    private readonly string? _writer;
    private readonly Dictionary<string, long> _spans = new(StringComparer.Ordinal);
    private readonly WriteScratch _scratch;
    private List<(int Index, Entity Entity, string Reference)> References => _scratch.References;

    private BatchWriter(PreparedSession session, WriteBatch batch, long ticks, string? writer, WriteScratch scratch)
    {
        _session = session;
        _batch = batch;
        _ticks = ticks;
        _writer = writer;
        _scratch = scratch;
    }

    /// <summary>Writes the batch and commits, or rolls back and throws <see cref="WriteRejectedException"/>.</summary>
    /// <param name="scratch">The writer's reusable lists (one writer at a time uses them).</param>
    public static WriteResult Write(PreparedSession session, WriteBatch batch, WriteScratch scratch)
    {
        try
        {
            return session.InTransaction(deferred: false, s => Apply(s, batch, scratch));
        }
        finally
        {
            scratch.Reset();
        }
    }

    private static WriteResult Apply(PreparedSession session, WriteBatch batch, WriteScratch scratch)
    {
        var ticks = NextTicks(session);
        var writer = new BatchWriter(session, batch, ticks, string.IsNullOrWhiteSpace(batch.RecordedBy) ? null : batch.RecordedBy, scratch);
        var results = new List<WriteItemResult>(batch.Items.Count);
        for (var index = 0; index < batch.Items.Count; index++)
        {
            results.Add(batch.Items[index] switch
            {
                Upsert upsert => writer.Upsert(index, upsert),
                Retract retract => writer.Retract(index, retract),
                RetractClaims retractClaims => writer.RetractClaims(index, retractClaims),
                null => throw new WriteRejectedException(index, "the item is null"),
                var other => throw new WriteRejectedException(index, $"{other.GetType().Name} is not a write item this store knows"),
            });
        }
        writer.CheckReferences();
        writer.SaveSpans();
        return new WriteResult(KnowledgeTicks.ToTime(ticks), results);
    }

    /// <summary>A knowledge time strictly after every earlier batch's, even if the wall clock stepped back.</summary>
    private static long NextTicks(PreparedSession session)
    {
        var read = session.Command("SELECT last_ticks FROM knowledge_clock WHERE singleton = 1;", NoParameters);
        var last = Convert.ToInt64(read.ExecuteScalar());
        var ticks = Math.Max(DateTimeOffset.UtcNow.UtcTicks, last + 1);
        var write = session.Command("UPDATE knowledge_clock SET last_ticks = $ticks WHERE singleton = 1;", ClockParameters);
        write.Parameters[0].Value = ticks;
        write.ExecuteNonQuery();
        return ticks;
    }

    private WriteItemResult Upsert(int index, Upsert upsert)
    {
        var entity = upsert.Entity ?? throw new WriteRejectedException(index, "the upsert has no entity");
        if (string.IsNullOrWhiteSpace(entity.Id))
            throw new WriteRejectedException(index, $"the {EntityKindText.Format(entity.Kind).ToLowerInvariant()} has no id");
        if (entity.Id.Length > 400)
            throw new WriteRejectedException(index, $"the id \"{entity.Id[..40]}…\" is longer than 400 characters");

        var kind = EntityKindText.Format(entity.Kind);
        UpsertProjection projection;
        try
        {
            projection = _batch.Project(index, upsert);
        }
        catch (Exception e) when (UpsertProjection.IsUnstorable(e))
        {
            throw new WriteRejectedException(index, $"\"{entity.Id}\" cannot be stored: {e.Message}");
        }
        var content = projection.Content;

        foreach (var fact in projection.Facts)
        {
            if (fact.Valid is { IsInverted: true } period)
                throw new WriteRejectedException(index, $"\"{entity.Id}\": the period {period} ends before it starts");
        }

        // The item row is written with the id's first version. Inserting it first tells a new id in the same step
        // (most ids of a bulk load are new), so only an id seen before needs its latest version read. Every version
        // of an id has the id's kind, so that one lookup answers both "is it taken by another kind" and "is this
        // content new".
        var isNew = _session.Raw("INSERT OR IGNORE INTO item (id, kind) VALUES (?1, ?2);").Bind(1, entity.Id).Bind(2, kind).ExecuteChanges() == 1;
        var latest = isNew ? null : LatestVersion(entity.Id);
        if (latest is not null && latest.Kind != kind)
            throw new WriteRejectedException(index,
                $"the id \"{entity.Id}\" already belongs to a {latest.Kind.ToLowerInvariant()}; it cannot become a {kind.ToLowerInvariant()}");

        if (latest is { IsCurrent: true } current && current.Content == content)
        {
            _scratch.KnownReferences[entity.Id] = true;
            return new WriteItemResult(index, WriteOutcome.Unchanged, [entity.Id], current.Revision);
        }

        var revision = (latest?.Revision ?? 0) + 1;
        int? supersedes = null;
        if (latest is { IsCurrent: true } replaced)
        {
            RetractVersion(replaced.VersionKey, $"superseded by revision {revision}");
            supersedes = replaced.Revision;
        }
        var versionKey = InsertVersion(projection, kind, revision, supersedes);
        InsertReferences(index, entity, versionKey, projection.Entry);
        InsertSearchTerms(versionKey, projection);
        InsertFacts(entity, versionKey, projection.Facts);
        // Current once the batch is applied (unless a later item retracts it): references to it need no lookup.
        _scratch.KnownReferences[entity.Id] = true;
        return new WriteItemResult(index, supersedes is null ? WriteOutcome.Created : WriteOutcome.Superseded, [entity.Id], revision);
    }

    private WriteItemResult Retract(int index, Retract retract)
    {
        if (string.IsNullOrWhiteSpace(retract.ItemId))
            throw new WriteRejectedException(index, "the retraction names no item");
        if (string.IsNullOrWhiteSpace(retract.Reason))
            throw new WriteRejectedException(index, $"the retraction of \"{retract.ItemId}\" gives no reason");

        if (LatestVersion(retract.ItemId) is not { IsCurrent: true } current)
            return new WriteItemResult(index, WriteOutcome.NotFound, [retract.ItemId], null);
        RetractVersion(current.VersionKey, retract.Reason);
        _scratch.KnownReferences[retract.ItemId] = false;
        return new WriteItemResult(index, WriteOutcome.Retracted, [retract.ItemId], current.Revision);
    }

    private WriteItemResult RetractClaims(int index, RetractClaims retract)
    {
        if (string.IsNullOrWhiteSpace(retract.Subject) || string.IsNullOrWhiteSpace(retract.Predicate))
            throw new WriteRejectedException(index, "the claim retraction needs a subject and a predicate");
        if (string.IsNullOrWhiteSpace(retract.Reason))
            throw new WriteRejectedException(index, $"the retraction of claims on \"{retract.Subject}\".{retract.Predicate} gives no reason");

        var find = Bind("""
            SELECT DISTINCT v.version_key, v.item_id, v.revision
            FROM fact f JOIN item_version v ON v.version_key = f.version_key
            WHERE f.origin = 2 AND f.subject = $subject AND f.predicate = $predicate
              AND f.retracted_at IS NULL AND ($value IS NULL OR f.value = $value)
            ORDER BY v.item_id;
            """, ClaimParameters);
        find.Parameters[0].Value = retract.Subject;
        find.Parameters[1].Value = retract.Predicate;
        find.Parameters[2].Value = (object?)retract.Value ?? DBNull.Value;
        var found = new List<(long VersionKey, string Id, int Revision)>();
        using (var reader = find.ExecuteReader())
        {
            while (reader.Read())
                found.Add((reader.GetInt64(0), reader.GetString(1), reader.GetInt32(2)));
        }
        if (found.Count == 0)
            return new WriteItemResult(index, WriteOutcome.NotFound, [], null);
        foreach (var claim in found)
        {
            RetractVersion(claim.VersionKey, retract.Reason);
            _scratch.KnownReferences[claim.Id] = false;
        }
        return new WriteItemResult(index, WriteOutcome.Retracted, found.Select(c => c.Id).ToArray(),
            found.Count == 1 ? found[0].Revision : null);
    }

    private void RetractVersion(long versionKey, string reason)
    {
        var version = Bind("UPDATE item_version SET retracted_at = $ticks, retraction_reason = $reason, retracted_by = $by WHERE version_key = $key;",
            RetractVersionParameters);
        version.Parameters[0].Value = _ticks;
        version.Parameters[1].Value = reason;
        version.Parameters[2].Value = versionKey;
        version.Parameters[3].Value = (object?)_writer ?? DBNull.Value;
        version.ExecuteNonQuery();

        var facts = Bind("UPDATE fact SET retracted_at = $ticks WHERE version_key = $key;", RetractFactsParameters);
        facts.Parameters[0].Value = _ticks;
        facts.Parameters[1].Value = versionKey;
        facts.ExecuteNonQuery();
    }

    private StoredVersion? LatestVersion(string id)
    {
        return _session.Raw("""
            SELECT version_key, revision, kind, content, retracted_at IS NULL
            FROM item_version WHERE item_id = ?1 ORDER BY revision DESC LIMIT 1;
            """).Bind(1, id).ReadFirst(row => new StoredVersion(row.Int64(0), (int)row.Int64(1), row.Text(2), row.Text(3), row.Int64(4) != 0));
    }

    private long InsertVersion(UpsertProjection projection, string kind, int revision, int? supersedes)
    {
        var (entity, entry) = (projection.Entity, projection.Entry);
        var command = _session.Raw("""
            INSERT INTO item_version (item_id, revision, kind, content, sources, recorded_at, supersedes,
                                      name_key, date_key, names, has_period, start_earliest, end_latest, category, place_key,
                                      recorded_by)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16);
            """);
        var bounds = entry.Period is { } period ? DayBounds.Of(period.Bounds) : DayBounds.Always;
        command.Bind(1, entity.Id)
            .Bind(2, revision)
            .Bind(3, kind)
            .Bind(4, projection.Content)
            .Bind(5, projection.SourcesJson)
            .Bind(6, _ticks)
            .Bind(7, supersedes)
            .Bind(8, projection.NameKey)
            .Bind(9, projection.DateKey)
            .Bind(10, projection.NamesColumn)
            .Bind(11, entry.Period is null ? 0 : 1)
            .Bind(12, bounds.StartEarliest)
            .Bind(13, bounds.EndLatest)
            .Bind(14, entry.Category)
            .Bind(15, projection.PlaceKey)
            .Bind(16, _writer);
        command.Execute();
        // The rowid, read from the connection: a RETURNING clause costs SQLite a result buffer per row.
        return command.LastInsertRowId;
    }

    private void InsertReferences(int index, Entity entity, long versionKey, EntityIndexEntry entry)
    {
        var command = _session.Raw("INSERT OR IGNORE INTO item_reference (version_key, reference_id) VALUES (?1, ?2);");
        foreach (var reference in entry.References)
        {
            command.Bind(1, versionKey).Bind(2, reference).Execute();
            References.Add((index, entity, reference));
        }
        foreach (var source in entry.SourceIds)
            References.Add((index, entity, source));
        if (entity is Claim claim)
            References.Add((index, entity, claim.Subject));
    }

    private void InsertSearchTerms(long versionKey, UpsertProjection projection)
    {
        var term = _session.Raw("INSERT INTO search_term (version_key, is_alias, text) VALUES (?1, ?2, ?3);");
        var fts = _session.Raw("INSERT INTO search_fts (rowid, text) VALUES (?1, ?2);");
        foreach (var (text, isAlias) in projection.SearchNames)
        {
            term.Bind(1, versionKey).Bind(2, isAlias ? 1 : 0).Bind(3, text).Execute();
            fts.Bind(1, term.LastInsertRowId).Bind(2, text).Execute();
        }
    }

    private void InsertFacts(Entity entity, long versionKey, IReadOnlyList<Fact> facts)
    {
        var command = _session.Raw("""
            INSERT INTO fact (version_key, ordinal, origin, subject, predicate, object, value, has_valid, valid_start, valid_end,
                              start_earliest, start_latest, end_earliest, end_latest, recorded_at, sources)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16);
            """);
        for (var ordinal = 0; ordinal < facts.Count; ordinal++)
        {
            var fact = facts[ordinal];
            var bounds = DayBounds.Of(fact.Bounds);
            command.Bind(1, versionKey)
                .Bind(2, ordinal)
                .Bind(3, (int)fact.Origin)
                .Bind(4, fact.Subject)
                .Bind(5, fact.Predicate)
                .Bind(6, fact.Object)
                .Bind(7, fact.Value)
                .Bind(8, fact.Valid is null ? 0 : 1)
                .Bind(9, fact.Valid?.Start?.ToString())
                .Bind(10, fact.Valid?.End?.ToString())
                .Bind(11, bounds.StartEarliest)
                .Bind(12, bounds.StartLatest)
                .Bind(13, bounds.EndEarliest)
                .Bind(14, bounds.EndLatest)
                .Bind(15, _ticks)
                // Most facts cite exactly the version's sources; only differing lists (a single citation) are stored.
                .Bind(16, ReferenceEquals(fact.Sources, entity.Sources) ? null : SourceListJson.Serialize(fact.Sources))
                .Execute();

            if (fact.Valid is not null && bounds.EndLatest != DayBounds.OpenEnd)
            {
                _spans[fact.Predicate] = Math.Max(_spans.GetValueOrDefault(fact.Predicate), bounds.Span);
            }
        }
    }

    /// <summary>
    /// Every id an upserted item points at must be current once the whole batch is applied (items may refer to
    /// ids defined later in the same batch). The first dangling reference rejects the batch. What the batch itself
    /// wrote or retracted is already known; only other ids are looked up.
    /// </summary>
    private void CheckReferences()
    {
        var command = _session.Raw("SELECT EXISTS (SELECT 1 FROM item_version WHERE item_id = ?1 AND retracted_at IS NULL);");
        var known = _scratch.KnownReferences;
        foreach (var (index, entity, reference) in References)
        {
            if (!known.TryGetValue(reference, out var exists))
            {
                exists = command.Bind(1, reference).ExecuteInt64() == 1;
                known[reference] = exists;
            }
            if (!exists)
                throw new WriteRejectedException(index,
                    $"{EntityKindText.Format(entity.Kind).ToLowerInvariant()} \"{entity.Id}\" refers to \"{reference}\", which is neither in the batch nor in the store");
        }
    }

    private void SaveSpans()
    {
        var command = Bind("""
            INSERT INTO predicate_span (predicate, max_span) VALUES ($predicate, $span)
            ON CONFLICT (predicate) DO UPDATE SET max_span = max(max_span, excluded.max_span);
            """, SpanParameters);
        foreach (var (predicate, span) in _spans)
        {
            command.Parameters[0].Value = predicate;
            command.Parameters[1].Value = span;
            command.ExecuteNonQuery();
        }
    }

    private SqliteCommand Bind(string sql, string[] parameterNames) => _session.Command(sql, parameterNames);

    private sealed record StoredVersion(long VersionKey, int Revision, string Kind, string Content, bool IsCurrent);
}
