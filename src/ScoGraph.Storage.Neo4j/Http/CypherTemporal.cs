using System.Globalization;

namespace ScoGraph.Storage.Neo4j.Http;

/// <summary>
/// Temporal values to and from Neo4j's text forms. Datetimes are always written in UTC (<c>…Z</c>, at most 7
/// fraction digits, which .NET and Cypher both read exactly); read back leniently, since Neo4j drops zero seconds
/// (<c>2024-07-04T10:15Z</c>) and prints fractions in groups of three digits, up to nine.
/// </summary>
public static class CypherTemporal
{
    public static string FormatDate(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string FormatDateTime(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    public static DateTimeOffset ParseDateTime(string text)
    {
        // Trim fractions beyond .NET's 100 ns ticks (Neo4j keeps nanoseconds); everything else DateTimeOffset reads.
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        if (dot >= 0)
        {
            var end = dot + 1;
            while (end < text.Length && char.IsAsciiDigit(text[end])) end++;
            if (end - dot - 1 > 7) text = string.Concat(text.AsSpan(0, dot + 8), text.AsSpan(end));
        }
        return DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal).ToUniversalTime();
    }
}
