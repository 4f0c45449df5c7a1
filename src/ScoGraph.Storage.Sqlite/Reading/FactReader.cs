using Microsoft.Data.Sqlite;
using ScoGraph.Domain.Facts;
using ScoGraph.Domain.Model;
using ScoGraph.Domain.Ports;
using ScoGraph.Domain.Time;
using ScoGraph.Domain.Versions;
using ScoGraph.Storage.Sqlite.Connections;
using ScoGraph.Storage.Sqlite.Mapping;

namespace ScoGraph.Storage.Sqlite.Reading;

/// <summary>Reads projected facts: batched as-of loads, date ranges, membership changes and conflicts.</summary>
internal static class FactReader
{
    // The version's revision..retracted_by (13..19) keep their places in VersionColumns.Select (offset + 2..8) when
    // counted from column 11, so ReadFacts reads them with VersionColumns.ReadInfo(reader, VersionInfoOffset).
    private const string FactColumns = """
        f.origin, f.subject, f.predicate, f.object, f.value, f.has_valid, f.valid_start, f.valid_end, f.sources,
        v.version_key, v.item_id, v.kind, v.sources, v.revision, v.recorded_at, v.retracted_at, v.retraction_reason, v.supersedes,
        v.recorded_by, v.retracted_by
        """;

    private const int VersionInfoOffset = 11;

    private const string FactKnown = "f.recorded_at <= $known AND (f.retracted_at IS NULL OR f.retracted_at > $known)";

    private static readonly string[] LoadParameters = ["$ids", "$predicates", "$known", "$day"];
    private static readonly string[] RangeParameters = ["$predicates", "$from", "$to", "$known", "$limit"];
    private static readonly string[] MembershipParameters = ["$ids", "$known"];
    private static readonly string[] ClaimPairParameters = ["$known", "$subjects"];

    /// <summary>
    /// The ids drive the loop (CROSS JOIN keeps SQLite from reordering it), each (id, predicate) pair is one seek
    /// into an as-of index, and the bound days are tested inside the index.
    /// </summary>
    public static IReadOnlyList<FactRecord> Load(PreparedSession session, FactQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Ids is null) throw new ArgumentException("the ids to load facts for are required", nameof(query));
        if (query.Ids.Count == 0 || query.Predicates is { Count: 0 }) return [];

        var sql = LoadSql(query);
        var command = session.Command(sql, LoadParameters);
        command.Parameters[0].Value = JsonArray.Of(query.Ids);
        command.Parameters[1].Value = query.Predicates is null ? DBNull.Value : JsonArray.Of(query.Predicates);
        command.Parameters[2].Value = KnowledgeTicks.From(query.KnownAt);
        command.Parameters[3].Value = query.AsOf?.DayNumber ?? 0;
        return ReadFacts(command, fact => query.AsOf is DateOnly day ? fact.Bounds.HoldsOn(day) : Certainty.Certain, query.CertainOnly);
    }

    /// <summary>The statement <see cref="Load"/> runs for this query's shape (parameters: $ids, $predicates, $known, $day).</summary>
    internal static string LoadSql(FactQuery query)
    {
        var column = query.Direction == FactDirection.Incoming ? "f.object" : "f.subject";
        var predicates = query.Predicates is null ? "" : "CROSS JOIN json_each($predicates) AS p ";
        var predicateMatch = query.Predicates is null ? "" : " AND f.predicate = p.value";
        var asOf = query.AsOf is null ? ""
            : query.CertainOnly
                ? " AND f.start_earliest <= $day AND f.end_latest >= $day AND f.start_latest <= $day AND f.end_earliest >= $day"
                : " AND f.start_earliest <= $day AND f.end_latest >= $day";
        return $"""
            SELECT {FactColumns}
            FROM json_each($ids) AS ids {predicates}
            CROSS JOIN fact f ON {column} = ids.value{predicateMatch}{(query.Direction == FactDirection.Incoming ? " AND f.object IS NOT NULL" : "")}
            JOIN item_version v ON v.version_key = f.version_key
            WHERE {FactKnown}{asOf}
            ORDER BY {column}, f.predicate, f.start_earliest, f.start_latest, v.item_id, f.ordinal;
            """;
    }

    /// <summary>
    /// Facts of the given predicates whose valid time overlaps from..to. The scan over (predicate, start_earliest)
    /// starts at <c>from - longest span of the predicate</c>: no fact starting earlier can reach <c>from</c>.
    /// </summary>
    public static IReadOnlyList<FactRecord> InRange(PreparedSession session, FactRangeQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.From > query.To)
            throw new ArgumentException($"the range starts ({query.From:yyyy-MM-dd}) after it ends ({query.To:yyyy-MM-dd})", nameof(query));
        if (query.Limit < 0)
            throw new ArgumentException("the limit must not be negative", nameof(query));
        var predicates = query.Predicates ?? Predicates.Events;
        if (predicates.Count == 0 || query.Limit == 0) return [];

        var certain = query.CertainOnly ? " AND f.start_latest <= $to AND f.end_earliest >= $from" : "";
        // Closed periods: a bounded scan per predicate. Open-ended ones: their own index, start <= to suffices.
        // The open-end day is a literal so SQLite can match the partial index fact_open_ended.
        var sql = $"""
            WITH hit (fact_key) AS (
                SELECT f.fact_key FROM json_each($predicates) AS p
                CROSS JOIN predicate_span s ON s.predicate = p.value
                CROSS JOIN fact f ON f.predicate = p.value AND f.has_valid = 1
                    AND f.start_earliest >= $from - s.max_span AND f.start_earliest <= $to
                WHERE f.end_latest >= $from AND f.end_latest < {DayBounds.OpenEnd}
                UNION ALL
                SELECT f.fact_key FROM json_each($predicates) AS p
                CROSS JOIN fact f ON f.predicate = p.value AND f.has_valid = 1 AND f.end_latest = {DayBounds.OpenEnd}
                    AND f.start_earliest <= $to
            )
            SELECT {FactColumns}
            FROM hit CROSS JOIN fact f ON f.fact_key = hit.fact_key
            JOIN item_version v ON v.version_key = f.version_key
            WHERE {FactKnown}{certain}
            ORDER BY f.start_earliest, f.start_latest, v.item_id, f.ordinal
            LIMIT $limit;
            """;
        var command = session.Command(sql, RangeParameters);
        command.Parameters[0].Value = JsonArray.Of(predicates);
        command.Parameters[1].Value = query.From.DayNumber;
        command.Parameters[2].Value = query.To.DayNumber;
        command.Parameters[3].Value = KnowledgeTicks.From(query.KnownAt);
        command.Parameters[4].Value = query.Limit;
        return ReadFacts(command, fact => fact.Bounds.Overlaps(query.From, query.To), query.CertainOnly);
    }

    public static IReadOnlyList<Versioned<MembershipChange>> MembershipChanges(
        PreparedSession session, IReadOnlyCollection<string> organizationIds, DateTimeOffset? knownAt)
    {
        ArgumentNullException.ThrowIfNull(organizationIds);
        if (organizationIds.Count == 0) return [];
        var command = session.Command($"""
            SELECT {VersionColumns.Select}
            FROM json_each($ids) AS ids
            CROSS JOIN fact f ON f.object = ids.value AND f.predicate = '{Predicates.MembershipChange}' AND f.object IS NOT NULL
            JOIN item_version v ON v.version_key = f.version_key
            WHERE {FactKnown}
            ORDER BY f.start_earliest, f.start_latest, v.item_id;
            """, MembershipParameters);
        command.Parameters[0].Value = JsonArray.Of(organizationIds);
        command.Parameters[1].Value = KnowledgeTicks.From(knownAt);
        var changes = new List<Versioned<MembershipChange>>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            if (VersionColumns.ReadEntity(reader, 0) is { Item: MembershipChange change, Version: var version })
                changes.Add(new Versioned<MembershipChange>(change, version));
        }
        return changes;
    }

    /// <summary>
    /// Every conflict involves a claim (an entity's own fields cannot disagree with each other), so the claims
    /// known at the moment pick the (subject, predicate) pairs; their field and claim facts are then loaded in
    /// one batch and grouped by the domain's <see cref="ConflictDetector"/>.
    /// </summary>
    public static IReadOnlyList<Conflict> Conflicts(PreparedSession session, ConflictQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Subjects is { Count: 0 }) return [];
        var subjects = query.Subjects is null ? "" : " AND f.subject IN (SELECT value FROM json_each($subjects))";
        var command = session.Command($"""
            SELECT DISTINCT f.subject, f.predicate FROM fact f
            WHERE f.origin = 2 AND {FactKnown}{subjects};
            """, ClaimPairParameters);
        command.Parameters[0].Value = KnowledgeTicks.From(query.KnownAt);
        command.Parameters[1].Value = query.Subjects is null ? DBNull.Value : JsonArray.Of(query.Subjects);
        var pairs = new HashSet<(string Subject, string Predicate)>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read()) pairs.Add((reader.GetString(0), reader.GetString(1)));
        }
        if (pairs.Count == 0) return [];

        var facts = Load(session, new FactQuery(
            pairs.Select(p => p.Subject).ToArray(),
            FactDirection.Outgoing,
            pairs.Select(p => p.Predicate).ToArray(),
            KnownAt: query.KnownAt));
        return ConflictDetector.Detect(facts.Where(f => pairs.Contains((f.Fact.Subject, f.Fact.Predicate))));
    }

    private static List<FactRecord> ReadFacts(SqliteCommand command, Func<Fact, Certainty?> certaintyOf, bool certainOnly)
    {
        var versions = new Dictionary<long, (string ItemId, EntityKind Kind, IReadOnlyList<SourceRef> Sources, VersionInfo Info)>();
        var sourceLists = new Dictionary<string, IReadOnlyList<SourceRef>>(StringComparer.Ordinal);
        var results = new List<FactRecord>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var versionKey = reader.GetInt64(9);
            if (!versions.TryGetValue(versionKey, out var version))
            {
                version = (reader.GetString(10), EntityKindText.Parse(reader.GetString(11)), Sources(reader.GetString(12)),
                    VersionColumns.ReadInfo(reader, VersionInfoOffset));
                versions[versionKey] = version;
            }

            var valid = reader.GetInt64(5) == 0 ? null : new Period(
                reader.IsDBNull(6) ? null : PartialDate.Parse(reader.GetString(6)),
                reader.IsDBNull(7) ? null : PartialDate.Parse(reader.GetString(7)));
            var fact = new Fact(
                version.ItemId,
                version.Kind,
                (FactOrigin)reader.GetInt32(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4),
                valid,
                reader.IsDBNull(8) ? version.Sources : Sources(reader.GetString(8)));

            // The SQL pre-filter and the domain rule agree by construction; the domain type has the last word.
            if (certaintyOf(fact) is not Certainty certainty) continue;
            if (certainOnly && certainty != Certainty.Certain) continue;
            results.Add(new FactRecord(fact, version.Info, certainty));
        }
        return results;

        IReadOnlyList<SourceRef> Sources(string json)
        {
            if (!sourceLists.TryGetValue(json, out var list))
            {
                list = SourceListJson.Deserialize(json);
                sourceLists[json] = list;
            }
            return list;
        }
    }
}
