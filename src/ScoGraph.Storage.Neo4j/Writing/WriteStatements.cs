using System.Text.Json;
using ScoGraph.Domain.Facts;
using ScoGraph.Domain.Indexing;
using ScoGraph.Domain.Model;
using ScoGraph.Domain.Ports;
using ScoGraph.Domain.Serialization;
using ScoGraph.Storage.Neo4j.Graph;
using ScoGraph.Storage.Neo4j.Http;

namespace ScoGraph.Storage.Neo4j.Writing;

/// <summary>
/// The Cypher of a write transaction. Every value travels as a parameter; labels and relationship types come from
/// <see cref="GraphNames"/>. Rows are grouped by kind label or relationship type (they cannot be parameters) and
/// chunked to at most <c>BatchSize</c> rows per <c>UNWIND</c>.
/// </summary>
internal static class WriteStatements
{
    /// <summary>
    /// The first statement of every write transaction: takes the clock node's write lock (held until commit, so
    /// writers of every ScoGraph instance are serialized here) and advances it to the server's time truncated to
    /// microseconds, or 1 µs past the last batch when the server clock has not moved on or stepped back.
    /// </summary>
    public static CypherStatement AdvanceClock { get; } = new("""
        MERGE (c:KnowledgeClock {id: 'clock'})
        SET c.locked = true
        WITH c, datetime.realtime() AS rt
        WITH c, datetime({epochSeconds: rt.epochSeconds, nanosecond: (rt.nanosecond / 1000) * 1000}) AS now
        SET c.last = CASE WHEN c.last IS NULL OR now > c.last THEN now ELSE c.last + duration({microseconds: 1}) END
        RETURN c.last AS recordedAt
        """);

    private const string SetClock = "MATCH (c:KnowledgeClock {id: 'clock'}) SET c.last = datetime($recordedAt)";

    /// <summary>Refreshes index statistics after a bulk write, so keyset pages keep seeking (semantics page 1.3).</summary>
    public static CypherStatement ResampleIndexes { get; } = new("CALL db.resampleOutdatedIndexes()");

    /// <summary>The current claims on each (subject, predicate) a RetractClaims item names; columns: index, claim id.</summary>
    public static CypherStatement FindClaims(IReadOnlyDictionary<int, (string Subject, string Predicate)> lookups) => CypherStatement.Of("""
        UNWIND $lookups AS l
        MATCH (s:Item {id: l.subject})-[r:CLAIMED]->(c:Item)
        WHERE r.predicate = l.predicate AND r.retractedAt IS NULL
        RETURN DISTINCT l.position AS position, c.id AS claimId
        """, ("lookups", lookups.Select(l => new Dictionary<string, object?>
        {
            ["position"] = l.Key, ["subject"] = l.Value.Subject, ["predicate"] = l.Value.Predicate,
        }).ToArray()));

    /// <summary>The latest version of each id (current or not); columns: id, kind, revision, current, content.</summary>
    public static CypherStatement LoadLatest(IReadOnlyCollection<string> ids) => CypherStatement.Of("""
        UNWIND $ids AS id
        MATCH (:Item {id: id})-[:HAS_VERSION]->(v:Version)
        WITH id, v ORDER BY v.revision DESC
        WITH id, collect(v)[0] AS v
        RETURN id, v.kind AS kind, v.revision AS revision, v.retractedAt IS NULL AS current, v.content AS content, v.relations AS relations
        """, ("ids", ids.ToArray()));

    public static StoredLatest ReadLatest(CypherRow row) => new(
        row.RequiredString(0), EntityKindText.Parse(row.RequiredString(1)), (int)row.Int64(2)!.Value, row.Boolean(3) ?? false,
        row.RequiredString(4), row.StringList(5));

    /// <summary>The statements that write a decided batch, in order: retractions, versions (with identity nodes and
    /// field facts), then relation and claim facts (whose end nodes the version statements created).</summary>
    public static IReadOnlyList<CypherStatement> Write(BatchPlan plan, DateTimeOffset recordedAt, int batchSize)
    {
        var at = CypherTemporal.FormatDateTime(recordedAt);
        // The clock keeps the batch time in the very form every version and fact gets (datetime of a "…Z" string):
        // Neo4j orders equal instants of different zones apart (semantics page 2.3), so the pinned "known" of a read
        // must compare with recordedAt in one zone.
        var statements = new List<CypherStatement> { CypherStatement.Of(SetClock, ("recordedAt", at)) };

        if (plan.Retractions.Count > 0)
        {
            foreach (var chunk in plan.Retractions.Chunk(batchSize))
                statements.Add(RetractVersions(chunk.Select(r => new Dictionary<string, object?>
                {
                    ["id"] = r.ItemId, ["revision"] = r.Revision, ["reason"] = r.Reason,
                }).ToArray(), at, plan.RecordedBy));
            var factRetractions = plan.Retractions
                .SelectMany(r => r.Relations.Select(k => (k.Type, Row: new Dictionary<string, object?>
                {
                    ["subject"] = k.Subject, ["target"] = k.Target, ["itemId"] = r.ItemId, ["revision"] = r.Revision, ["reason"] = r.Reason,
                })))
                .GroupBy(x => x.Type);
            foreach (var group in factRetractions.OrderBy(g => g.Key, StringComparer.Ordinal))
                foreach (var chunk in group.Select(x => x.Row).Chunk(batchSize))
                    statements.Add(RetractFacts(group.Key, chunk, at, plan.RecordedBy));
        }

        foreach (var kindGroup in plan.Versions.GroupBy(v => v.Entity.Kind).OrderBy(g => g.Key))
            foreach (var chunk in kindGroup.Chunk(batchSize))
                statements.Add(CreateVersions(kindGroup.Key, chunk.Select(v => VersionRow(v, plan.NewItems.Contains(v.Entity.Id), at)).ToArray(), at, plan.RecordedBy));

        var factRows = plan.Versions
            .SelectMany(v => v.Facts.Select((f, ordinal) => (Fact: f, Ordinal: ordinal, Version: v)))
            .Where(x => x.Fact.Origin != FactOrigin.Field)
            .GroupBy(x => GraphNames.TypeOf(x.Fact));
        foreach (var group in factRows.OrderBy(g => g.Key, StringComparer.Ordinal))
            foreach (var chunk in group.Chunk(batchSize))
                statements.Add(CreateFacts(group.Key, chunk.Select(x => FactRow(x.Fact, x.Ordinal, x.Version, at)).ToArray(), at, plan.RecordedBy));
        return statements;
    }

    /// <summary>The end node of a fact's relationship: the object for relations, the claim itself for claims.</summary>
    private static string Target(Fact fact) => fact.Origin == FactOrigin.Claim ? fact.ItemId : fact.Object!;

    internal static CypherStatement RetractVersions(IReadOnlyList<Dictionary<string, object?>> rows, string at, string? by = null) => CypherStatement.Of("""
        UNWIND $rows AS row
        MATCH (i:Item {id: row.id})-[:HAS_VERSION]->(v:Version)
        WHERE v.revision = row.revision
        SET v.retractedAt = datetime($recordedAt), v.retractionReason = row.reason, v.retractedBy = $recordedBy
        WITH i, v, row
        MATCH (i)-[f:FIELD]->(v)
        SET f.retractedAt = datetime($recordedAt), f.retractionReason = row.reason, f.retractedBy = $recordedBy
        """, ("rows", rows), ("recordedAt", at), ("recordedBy", by));

    internal static CypherStatement RetractFacts(string type, IReadOnlyList<Dictionary<string, object?>> rows, string at, string? by = null) => CypherStatement.Of($"""
        UNWIND $rows AS row
        MATCH (s:Item {"{"}id: row.subject{"}"})-[r:{type}]->(o:Item {"{"}id: row.target{"}"})
        WHERE r.itemId = row.itemId AND r.revision = row.revision
        SET r.retractedAt = datetime($recordedAt), r.retractionReason = row.reason, r.retractedBy = $recordedBy
        """, ("rows", rows), ("recordedAt", at), ("recordedBy", by));

    /// <summary>The properties every fact relationship carries (from a map <c>{source}</c>).</summary>
    internal static string FactProperties(string source) => $$"""
        {predicate: {{source}}.predicate, origin: {{source}}.origin, itemId: {{source}}.itemId, itemKind: {{source}}.itemKind,
         revision: {{source}}.revision, ordinal: {{source}}.ordinal, subject: {{source}}.subject, object: {{source}}.object,
         value: {{source}}.value, hasValid: {{source}}.hasValid, validStart: {{source}}.validStart, validEnd: {{source}}.validEnd,
         startEarliest: date({{source}}.startEarliest), startLatest: date({{source}}.startLatest),
         endEarliest: date({{source}}.endEarliest), endLatest: date({{source}}.endLatest),
         recordedAt: datetime($recordedAt), retractedAt: CASE WHEN {{source}}.retractedAt IS NULL THEN null ELSE datetime({{source}}.retractedAt) END, retractionReason: {{source}}.retractionReason,
         recordedBy: $recordedBy, retractedBy: CASE WHEN {{source}}.retractedAt IS NULL THEN null ELSE $recordedBy END,
         supersedes: {{source}}.supersedes, sources: {{source}}.sources}
        """;

    internal static CypherStatement CreateVersions(EntityKind kind, IReadOnlyList<Dictionary<string, object?>> rows, string at, string? by = null)
    {
        var label = GraphNames.KindLabel(kind);
        var versionLabel = GraphNames.VersionLabel(kind);
        return CypherStatement.Of($$"""
            UNWIND $rows AS row
            MERGE (i:Item {id: row.id})
            ON CREATE SET i:{{label}}, i.kind = row.kind
            CREATE (i)-[:HAS_VERSION]->(v:Version:{{versionLabel}} {
                itemId: row.id, kind: row.kind, revision: row.revision, content: row.content, sources: row.sources,
                recordedAt: datetime($recordedAt), retractedAt: CASE WHEN row.retractedAt IS NULL THEN null ELSE datetime(row.retractedAt) END, retractionReason: row.retractionReason,
                recordedBy: $recordedBy, retractedBy: CASE WHEN row.retractedAt IS NULL THEN null ELSE $recordedBy END,
                supersedes: row.supersedes, name: row.name, aliases: row.aliases, names: row.names, searchNames: row.searchNames,
                nameKey: row.nameKey, dateKey: row.dateKey, category: row.category, placeKey: row.placeKey,
                publisherKey: row.publisherKey, languageKey: row.languageKey,
                inForceEarliest: date(row.inForceEarliest), inForceLatest: date(row.inForceLatest),
                hasPeriod: row.hasPeriod, startEarliest: date(row.startEarliest), endLatest: date(row.endLatest),
                references: row.references, relations: row.relations})
            FOREACH (x IN CASE WHEN row.retractedAt IS NULL THEN [1] ELSE [] END | SET i.name = row.name)
            FOREACH (f IN row.fields | CREATE (i)-[:FIELD {{FactProperties("f")}}]->(v))
            """, ("rows", rows), ("recordedAt", at), ("recordedBy", by));
    }

    internal static CypherStatement CreateFacts(string type, IReadOnlyList<Dictionary<string, object?>> rows, string at, string? by = null) => CypherStatement.Of($$"""
        UNWIND $rows AS row
        MATCH (s:Item {id: row.subject})
        MATCH (o:Item {id: row.target})
        CREATE (s)-[:{{type}} {{FactProperties("row")}}]->(o)
        """, ("rows", rows), ("recordedAt", at), ("recordedBy", by));

    /// <summary>The parameters of one version node (and its field facts).</summary>
    internal static Dictionary<string, object?> VersionRow(PlannedVersion version, bool newItem, string at)
    {
        var (projection, entry) = (version.Projection, version.Entry);
        var days = entry.Period is { } period ? Days.Of(period.Bounds) : Days.Always;
        return new Dictionary<string, object?>
        {
            ["id"] = version.Entity.Id,
            ["kind"] = EntityKindText.Format(version.Entity.Kind),
            ["newItem"] = newItem,
            ["revision"] = version.Revision,
            ["content"] = version.Content,
            ["sources"] = projection.SourcesJson,
            // A version retracted by a later item of its own batch was recorded and retracted at the same instant.
            ["retractedAt"] = version.RetractionReason is null ? null : at,
            ["retractionReason"] = version.RetractionReason,
            ["supersedes"] = version.Supersedes,
            ["name"] = entry.Name,
            ["aliases"] = entry.Aliases.Count == 0 ? null : entry.Aliases.ToArray(),
            ["names"] = projection.NamesColumn,
            ["searchNames"] = projection.SearchNames.Count == 0 ? null : projection.SearchNames.Select(n => n.Text).ToArray(),
            ["nameKey"] = projection.NameKey,
            ["dateKey"] = projection.DateKey,
            ["category"] = entry.Category,
            ["placeKey"] = projection.PlaceKey,
            // The source list filters by publisher text and language (EntityFilter.TextContains, Language).
            ["publisherKey"] = version.Entity is Source { Publisher: { } publisher } ? TextNormalizer.Normalize(publisher) : null,
            ["languageKey"] = version.Entity is Source { Language: { } language } ? language.ToLowerInvariant() : null,
            // The agreement list filters by "in force on a day" (EntityFilter.InForceOn): the entry into force's bounds.
            ["inForceEarliest"] = version.Entity is Agreement { EntryIntoForce: { } inForce } ? CypherTemporal.FormatDate(inForce.Earliest) : null,
            ["inForceLatest"] = version.Entity is Agreement { EntryIntoForce: { } inForce2 } ? CypherTemporal.FormatDate(inForce2.Latest) : null,
            ["hasPeriod"] = entry.Period is not null,
            ["startEarliest"] = days.StartEarliest,
            ["endLatest"] = days.EndLatest,
            ["references"] = entry.References.Count == 0 ? null : entry.References.ToArray(),
            ["relations"] = version.Facts.Where(f => f.Origin != FactOrigin.Field).Select(f => RelationKey.Of(f).ToString())
                .Distinct(StringComparer.Ordinal).ToArray() is { Length: > 0 } relations ? relations : null,
            ["fields"] = version.Facts.Select((f, ordinal) => (f, ordinal)).Where(x => x.f.Origin == FactOrigin.Field)
                .Select(x => FactRow(x.f, x.ordinal, version, at)).ToArray(),
        };
    }

    /// <summary>The parameters of one fact relationship.</summary>
    internal static Dictionary<string, object?> FactRow(Fact fact, int ordinal, PlannedVersion version, string at)
    {
        var days = Days.Of(fact.Bounds);
        return new Dictionary<string, object?>
        {
            ["predicate"] = fact.Predicate,
            ["origin"] = FactOriginText.Format(fact.Origin),
            ["itemId"] = fact.ItemId,
            ["itemKind"] = EntityKindText.Format(fact.ItemKind),
            ["revision"] = version.Revision,
            ["ordinal"] = ordinal,
            ["subject"] = fact.Subject,
            ["target"] = fact.Origin == FactOrigin.Field ? null : Target(fact),
            ["object"] = fact.Object,
            ["value"] = fact.Value,
            ["hasValid"] = fact.Valid is not null,
            ["validStart"] = fact.Valid?.Start?.ToString(),
            ["validEnd"] = fact.Valid?.End?.ToString(),
            ["startEarliest"] = days.StartEarliest,
            ["startLatest"] = days.StartLatest,
            ["endEarliest"] = days.EndEarliest,
            ["endLatest"] = days.EndLatest,
            ["retractedAt"] = version.RetractionReason is null ? null : at,
            ["retractionReason"] = version.RetractionReason,
            ["supersedes"] = version.Supersedes,
            ["sources"] = SourcesJson(fact.Sources),
        };
    }

    public static string SourcesJson(IReadOnlyList<SourceRef> sources) => EntityJson.SerializeSources(sources);

    public static IReadOnlyList<SourceRef> ParseSources(string? json) =>
        json is null or "[]" ? [] : JsonSerializer.Deserialize<SourceRef[]>(json, EntityJson.Options) ?? [];
}

/// <summary>How a fact's origin is stored: <c>FIELD</c>, <c>RELATION</c>, <c>CLAIM</c>.</summary>
internal static class FactOriginText
{
    public static string Format(FactOrigin origin) => EnumText<FactOrigin>.Format(origin);

    public static FactOrigin Parse(string text) => EnumText<FactOrigin>.TryParse(text, out var origin)
        ? origin
        : throw new InvalidDataException($"The store holds an unknown fact origin \"{text}\".");
}
