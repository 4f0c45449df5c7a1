using ScoGraph.Domain.Model;
using ScoGraph.Domain.Serialization;
using ScoGraph.Domain.Versions;
using ScoGraph.Storage.Neo4j.Http;

namespace ScoGraph.Storage.Neo4j.Reading;

/// <summary>
/// Knowledge time in reads. Every read statement starts with <see cref="Prefix"/>: it pins <c>known</c> to
/// <c>$knownAt</c>, or, for current knowledge, to the clock value the statement reads first. A batch commits its
/// versions and its clock advance together, so a batch committing while the statement runs has
/// <c>recordedAt &gt; known</c> and stays invisible (and its retractions, <c>retractedAt &gt; known</c>, too): under
/// read-committed isolation a statement still sees one consistent knowledge time, whole batches or none.
/// </summary>
internal static class Known
{
    public const string Prefix = """
        OPTIONAL MATCH (clock:KnowledgeClock {id: 'clock'})
        WITH CASE WHEN $knownAt IS NULL THEN clock.last ELSE datetime($knownAt) END AS known
        """;

    /// <summary>The knowledge-time test on a version node or fact relationship.</summary>
    public static string Filter(string variable) =>
        $"{variable}.recordedAt <= known AND ({variable}.retractedAt IS NULL OR {variable}.retractedAt > known)";

    public static object? Parameter(DateTimeOffset? knownAt) => knownAt is DateTimeOffset t ? CypherTemporal.FormatDateTime(t) : null;

    /// <summary>The version columns entity reads return, in this order.</summary>
    public static string VersionColumns(string v) =>
        $"{v}.itemId, {v}.content, {v}.revision, {v}.recordedAt, {v}.retractedAt, {v}.retractionReason, {v}.supersedes, {v}.recordedBy, {v}.retractedBy";

    public const int VersionColumnCount = 9;

    public static Versioned<Entity> ReadVersion(CypherRow row, int offset = 0) => new(
        EntityJson.Deserialize(row.RequiredString(offset + 1)),
        new VersionInfo(
            (int)row.Int64(offset + 2)!.Value,
            row.DateTime(offset + 3)!.Value,
            row.DateTime(offset + 4),
            row.String(offset + 5),
            row.Int64(offset + 6) is long s ? (int)s : null,
            row.String(offset + 7),
            row.String(offset + 8)));
}
