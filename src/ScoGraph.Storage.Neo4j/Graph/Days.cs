using ScoGraph.Domain.Time;
using ScoGraph.Storage.Neo4j.Http;

namespace ScoGraph.Storage.Neo4j.Graph;

/// <summary>
/// The four bound days of a valid time as Cypher <c>date</c> text. Open ends are stored as the extreme days
/// (0001-01-01, 9999-12-31) so every property is present and every as-of test is one index-friendly comparison
/// with no null cases; the original partial dates travel beside them as text.
/// </summary>
internal readonly record struct Days(string StartEarliest, string StartLatest, string EndEarliest, string EndLatest)
{
    public static readonly string OpenStart = CypherTemporal.FormatDate(DateOnly.MinValue);
    public static readonly string OpenEnd = CypherTemporal.FormatDate(DateOnly.MaxValue);

    public static Days Always => new(OpenStart, OpenStart, OpenEnd, OpenEnd);

    public static Days Of(ValidityBounds bounds) => new(
        bounds.StartEarliest is DateOnly se ? CypherTemporal.FormatDate(se) : OpenStart,
        bounds.StartLatest is DateOnly sl ? CypherTemporal.FormatDate(sl) : OpenStart,
        bounds.EndEarliest is DateOnly ee ? CypherTemporal.FormatDate(ee) : OpenEnd,
        bounds.EndLatest is DateOnly el ? CypherTemporal.FormatDate(el) : OpenEnd);
}
