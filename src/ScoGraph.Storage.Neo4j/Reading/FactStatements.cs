using ScoGraph.Domain.Model;
using ScoGraph.Domain.Facts;
using ScoGraph.Domain.Indexing;
using ScoGraph.Domain.Ports;
using ScoGraph.Domain.Time;
using ScoGraph.Domain.Versions;
using ScoGraph.Storage.Neo4j.Graph;
using ScoGraph.Storage.Neo4j.Http;
using ScoGraph.Storage.Neo4j.Writing;

namespace ScoGraph.Storage.Neo4j.Reading;

/// <summary>
/// Reads of fact relationships. Loads start from the identity nodes of the asked ids (unique-index seeks) and expand
/// only the relationship types that can hold the asked predicates; the bound days pre-filter in Cypher, and
/// <see cref="ValidityBounds"/> decides the certainty in C#.
/// </summary>
internal static class FactStatements
{
    /// <summary>The fact columns every fact read returns, in this order (see <see cref="ReadFact"/>).</summary>
    private const string Columns = """
        r.origin, r.subject, r.predicate, r.object, r.value, r.hasValid, r.validStart, r.validEnd, r.sources,
        r.itemId, r.itemKind, r.revision, r.recordedAt, r.retractedAt, r.retractionReason, r.supersedes,
        r.startEarliest, r.startLatest, r.ordinal, r.recordedBy, r.retractedBy
        """;

    /// <summary>Relationship types that can hold a fact with a valid time (the others are timeless).</summary>
    private static readonly HashSet<string> DatedTypes = new(StringComparer.Ordinal)
    {
        "HOLDS_POST", "PARTICIPATED_IN", "HOSTED_BY", "HELD_IN", "PARTY_TO", "CHANGED_STATUS", GraphNames.Field,
    };

    public static CypherStatement Load(FactQuery query)
    {
        var types = GraphNames.TypePattern(GraphNames.TypesFor(query.Predicates));
        var match = query.Direction == FactDirection.Incoming
            ? $"MATCH (:Item {{id: id}})<-[r{types}]-() WHERE r.object = id"
            : $"MATCH (:Item {{id: id}})-[r{types}]->() WHERE r.subject = id";
        var predicates = query.Predicates is null ? "" : " AND r.predicate IN $predicates";
        var asOf = query.AsOf is null ? ""
            : query.CertainOnly
                ? " AND r.startEarliest <= date($day) AND r.endLatest >= date($day) AND r.startLatest <= date($day) AND r.endEarliest >= date($day)"
                : " AND r.startEarliest <= date($day) AND r.endLatest >= date($day)";
        return CypherStatement.Of($"""
            {Known.Prefix}
            UNWIND $ids AS id
            {match} AND {Known.Filter("r")}{predicates}{asOf}
            RETURN {Columns}
            """,
            ("ids", query.Ids.Where(id => id is not null).Distinct(StringComparer.Ordinal).ToArray()),
            ("predicates", query.Predicates?.Distinct(StringComparer.Ordinal).ToArray()),
            ("day", query.AsOf is DateOnly day ? CypherTemporal.FormatDate(day) : null),
            ("knownAt", Known.Parameter(query.KnownAt)));
    }

    /// <summary>
    /// Facts of the predicates whose bounds may overlap from..to, one index-backed branch per relationship type
    /// (the RANGE index on <c>startEarliest</c>), earliest first, at most <c>$limit</c>.
    /// </summary>
    /// <returns>Null when no asked predicate can have a valid time (nothing to read).</returns>
    public static CypherStatement? InRange(FactRangeQuery query, IReadOnlyCollection<string> predicates)
    {
        var types = GraphNames.TypesFor(predicates).Where(DatedTypes.Contains).ToArray();
        if (types.Length == 0) return null;
        var certain = query.CertainOnly ? " AND r.startLatest <= date($toDay) AND r.endEarliest >= date($fromDay)" : "";
        var branches = types.Select(type => $"""
                WITH known
                MATCH ()-[r:{type}]->()
                WHERE r.startEarliest <= date($toDay) AND r.endLatest >= date($fromDay) AND r.hasValid = true
                  AND r.predicate IN $predicates AND {Known.Filter("r")}{certain}
                RETURN r
            """);
        return CypherStatement.Of($"""
            {Known.Prefix}
            CALL {"{"}
            {string.Join("\n    UNION ALL\n", branches)}
            {"}"}
            WITH r ORDER BY r.startEarliest, r.startLatest, r.itemId, r.ordinal LIMIT $limit
            RETURN {Columns}
            """,
            ("predicates", predicates.Distinct(StringComparer.Ordinal).ToArray()),
            ("fromDay", CypherTemporal.FormatDate(query.From)),
            ("toDay", CypherTemporal.FormatDate(query.To)),
            ("limit", query.Limit),
            ("knownAt", Known.Parameter(query.KnownAt)));
    }

    /// <summary>The membership-change versions stating a change towards each organization, earliest first.</summary>
    public static CypherStatement MembershipChanges(IReadOnlyCollection<string> organizationIds, DateTimeOffset? knownAt) => CypherStatement.Of($"""
        {Known.Prefix}
        UNWIND $ids AS id
        MATCH (:Item {"{"}id: id{"}"})<-[r:CHANGED_STATUS]-()
        WHERE r.object = id AND {Known.Filter("r")}
        WITH DISTINCT known, r.itemId AS changeId, r.startEarliest AS startEarliest, r.startLatest AS startLatest
        MATCH (:Item {"{"}id: changeId{"}"})-[:HAS_VERSION]->(v:Version)
        WHERE {Known.Filter("v")}
        WITH v, startEarliest, startLatest ORDER BY startEarliest, startLatest, v.itemId
        RETURN {Known.VersionColumns("v")}
        """, ("ids", organizationIds.Where(id => id is not null).Distinct(StringComparer.Ordinal).ToArray()), ("knownAt", Known.Parameter(knownAt)));

    /// <summary>The (subject, predicate) pairs of the claims known at the moment, and the pinned moment itself.</summary>
    public static CypherStatement ClaimPairs(ConflictQuery query)
    {
        var match = query.Subjects is null
            ? "MATCH ()-[r:CLAIMED]->()"
            : "UNWIND $subjects AS id\nMATCH (:Item {id: id})-[r:CLAIMED]->()";
        return CypherStatement.Of($"""
            {Known.Prefix}
            {match}
            WHERE {Known.Filter("r")}
            RETURN DISTINCT r.subject AS subject, r.predicate AS predicate, known
            """,
            ("subjects", query.Subjects?.Distinct(StringComparer.Ordinal).ToArray()),
            ("knownAt", Known.Parameter(query.KnownAt)));
    }

    /// <summary>A fact row as returned by <see cref="Columns"/>, with its sort keys.</summary>
    internal sealed record FactRow(FactRecord Record, DateOnly StartEarliest, DateOnly StartLatest, int Ordinal);

    /// <summary>Reads a row; null when the domain rule says the fact does not hold (the Cypher pre-filter is only a pre-filter).</summary>
    public static FactRow? ReadFact(CypherRow row, Func<Fact, Certainty?> certaintyOf, bool certainOnly)
    {
        var valid = row.Boolean(5) == true
            ? new Period(row.String(6) is string s ? PartialDate.Parse(s) : null, row.String(7) is string e ? PartialDate.Parse(e) : null)
            : null;
        var fact = new Fact(
            row.RequiredString(9),
            EntityKindText.Parse(row.RequiredString(10)),
            FactOriginText.Parse(row.RequiredString(0)),
            row.RequiredString(1),
            row.RequiredString(2),
            row.String(3),
            row.String(4),
            valid,
            WriteStatements.ParseSources(row.String(8)));
        if (certaintyOf(fact) is not Certainty certainty) return null;
        if (certainOnly && certainty != Certainty.Certain) return null;
        var version = new VersionInfo(
            (int)row.Int64(11)!.Value,
            row.DateTime(12)!.Value,
            row.DateTime(13),
            row.String(14),
            row.Int64(15) is long sup ? (int)sup : null,
            row.String(19),
            row.String(20));
        return new FactRow(new FactRecord(fact, version, certainty), row.Date(16) ?? DateOnly.MinValue, row.Date(17) ?? DateOnly.MinValue,
            (int)(row.Int64(18) ?? 0));
    }

    /// <summary>The order of <see cref="FactQuery"/>: id (subject or object), predicate, valid start, item id.</summary>
    public static int CompareForLoad(FactRow a, FactRow b, FactDirection direction)
    {
        var key = direction == FactDirection.Incoming
            ? KeysetCursor.CompareCodePoints(a.Record.Fact.Object ?? "", b.Record.Fact.Object ?? "")
            : KeysetCursor.CompareCodePoints(a.Record.Fact.Subject, b.Record.Fact.Subject);
        if (key != 0) return key;
        var predicate = KeysetCursor.CompareCodePoints(a.Record.Fact.Predicate, b.Record.Fact.Predicate);
        if (predicate != 0) return predicate;
        return CompareByStart(a, b);
    }

    /// <summary>Valid start (earliest, then latest day), item id, position in the version.</summary>
    public static int CompareByStart(FactRow a, FactRow b)
    {
        var start = a.StartEarliest.CompareTo(b.StartEarliest);
        if (start != 0) return start;
        start = a.StartLatest.CompareTo(b.StartLatest);
        if (start != 0) return start;
        var item = KeysetCursor.CompareCodePoints(a.Record.Fact.ItemId, b.Record.Fact.ItemId);
        return item != 0 ? item : a.Ordinal.CompareTo(b.Ordinal);
    }
}
