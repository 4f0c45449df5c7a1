using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json;

namespace ScoGraph.Domain.Indexing;

/// <summary>
/// A keyset cursor: the sort key and id of the item it points at. A page continues "after (SortKey, Id)" in the
/// list's order, so inserting items elsewhere never shifts or repeats items. Encoded opaquely (base64url of a
/// small JSON array with a format tag) so every adapter hands out the same cursors.
/// </summary>
/// <remarks>
/// Pairs compare ordinally by <see cref="SortKey"/> then <see cref="Id"/> (Unicode code point order, which is how
/// SQLite's BINARY collation and Neo4j compare strings).
/// </remarks>
public sealed record KeysetCursor(string SortKey, string Id)
{
    private const string FormatTag = "k1";

    public string Encode()
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(new[] { FormatTag, SortKey, Id });
        return Convert.ToBase64String(json).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    public static bool TryDecode(string? cursor, [NotNullWhen(true)] out KeysetCursor? result)
    {
        result = null;
        if (string.IsNullOrEmpty(cursor) || cursor.Length > 4096) return false;
        try
        {
            var base64 = cursor.Replace('-', '+').Replace('_', '/');
            base64 = base64.PadRight(base64.Length + (4 - base64.Length % 4) % 4, '=');
            var parts = JsonSerializer.Deserialize<string[]>(Convert.FromBase64String(base64));
            if (parts is not [FormatTag, { } sortKey, { } id]) return false;
            result = new KeysetCursor(sortKey, id);
            return true;
        }
        catch (Exception e) when (e is FormatException or JsonException or DecoderFallbackException)
        {
            return false;
        }
    }

    /// <summary>Decodes or throws <see cref="ArgumentException"/> naming the argument ("after", "before").</summary>
    public static KeysetCursor Decode(string cursor, string argument) => TryDecode(cursor, out var result)
        ? result
        : throw new ArgumentException($"\"{argument}\" is not a cursor this server handed out", argument);

    /// <summary>Code point order of (SortKey, Id).</summary>
    public static int Compare(string sortKeyA, string idA, string sortKeyB, string idB)
    {
        var bySortKey = CompareCodePoints(sortKeyA, sortKeyB);
        return bySortKey != 0 ? bySortKey : CompareCodePoints(idA, idB);
    }

    /// <summary>Ordinal comparison by Unicode code point (differs from UTF-16 ordinal only around surrogates).</summary>
    public static int CompareCodePoints(string a, string b)
    {
        var ea = a.EnumerateRunes();
        var eb = b.EnumerateRunes();
        while (true)
        {
            var hasA = ea.MoveNext();
            var hasB = eb.MoveNext();
            if (!hasA || !hasB) return hasA.CompareTo(hasB);
            var byRune = ea.Current.Value.CompareTo(eb.Current.Value);
            if (byRune != 0) return byRune;
        }
    }
}
