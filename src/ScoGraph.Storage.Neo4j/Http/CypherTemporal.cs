using System.Globalization;

namespace ScoGraph.Storage.Neo4j.Http;

/// <summary>
/// Temporal values to and from Neo4j's text forms. Datetimes are always written in UTC (<c>…Z</c>, at most 7
/// fraction digits, which .NET and Cypher both read exactly); read back leniently, since Neo4j drops zero seconds
/// (<c>2024-07-04T10:15Z</c>), prints fractions in groups of three digits, up to nine, and appends a zone id after the
/// offset of a zoned datetime (<c>2024-07-04T10:15:30+02:00[Europe/Berlin]</c>): semantics page, 2.1.
/// </summary>
public static class CypherTemporal
{
    public static string FormatDate(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string FormatDateTime(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    /// <summary>
    /// A Cypher <c>date</c> (<c>yyyy-MM-dd</c>). Neo4j's dates reach far beyond .NET's (<c>+10000-01-01</c>,
    /// <c>-0001-12-31</c>): those fail with a message saying so rather than a bare format error.
    /// </summary>
    public static DateOnly ParseDate(string text)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) return day;
        throw new FormatException($"'{text}' is not a date in years 0001-9999 (yyyy-MM-dd)");
    }

    /// <summary>
    /// A Cypher <c>datetime</c> as a UTC instant. A zone id in brackets is dropped (the offset before it already fixes
    /// the instant); a value without offset (a <c>localdatetime</c>) is read as UTC, which is what Neo4j's default
    /// <c>db.temporal.timezone</c> makes of it.
    /// </summary>
    public static DateTimeOffset ParseDateTime(string text)
    {
        var original = text;
        var bracket = text.IndexOf('[', StringComparison.Ordinal);
        if (bracket >= 0) text = text[..bracket];
        // Trim fractions beyond .NET's 100 ns ticks (Neo4j keeps nanoseconds); everything else DateTimeOffset reads.
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        if (dot >= 0)
        {
            var end = dot + 1;
            while (end < text.Length && char.IsAsciiDigit(text[end])) end++;
            if (end - dot - 1 > 7) text = string.Concat(text.AsSpan(0, dot + 8), text.AsSpan(end));
        }
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
            return instant.ToUniversalTime();
        throw new FormatException($"'{original}' is not a datetime in years 0001-9999");
    }
}
