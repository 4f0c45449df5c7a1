using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json;

namespace ScoGraph.Domain.Indexing;

/// <summary>
/// A keyset cursor: the sort key and id of the item it points at (and its second sort key when the list has one,
/// see <see cref="Ports.EntityOrder.Then"/>). A page continues "after (SortKey, ThenKey, Id)" in the list's order,
/// so inserting items elsewhere never shifts or repeats items. Encoded opaquely (base64url of a small JSON array
/// with a format tag) so every adapter hands out the same cursors.
/// </summary>
/// <remarks>
/// Pairs compare ordinally by <see cref="SortKey"/> then <see cref="Id"/> (Unicode code point order, which is how
/// SQLite's BINARY collation and Neo4j compare strings).
/// </remarks>
public sealed record KeysetCursor(string SortKey, string Id, string? ThenKey = null)
{
    private const string FormatTag = "k1";
    private const string TwoKeysFormatTag = "k2";

    public string Encode()
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(ThenKey is null
            ? new[] { FormatTag, SortKey, Id }
            : new[] { TwoKeysFormatTag, SortKey, ThenKey, Id });
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
            result = parts switch
            {
                [FormatTag, { } sortKey, { } id] => new KeysetCursor(sortKey, id),
                [TwoKeysFormatTag, { } sortKey, { } thenKey, { } id] => new KeysetCursor(sortKey, id, thenKey),
                _ => null,
            };
            return result is not null;
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

    /// <summary>Decodes a cursor of a list in <paramref name="order"/>; one from a list with another number of sort keys is refused.</summary>
    public static KeysetCursor Decode(string cursor, string argument, Ports.EntityOrder order)
    {
        var decoded = Decode(cursor, argument);
        return (decoded.ThenKey is null) == (order.Then is null)
            ? decoded
            : throw new ArgumentException($"\"{argument}\" is a cursor of the same list in another order; page with the order it came from", argument);
    }

    /// <summary>
    /// The order of two cursors of one list: by sort key in the first key's direction, then by second key in its own,
    /// then by id in the first key's direction (as the store sorts).
    /// </summary>
    public static int Compare(KeysetCursor a, KeysetCursor b, Ports.EntityOrder order)
    {
        var first = CompareCodePoints(a.SortKey, b.SortKey);
        if (first != 0) return Directed(first, order.Direction);
        if (order.Then is { } then)
        {
            var second = CompareCodePoints(a.ThenKey ?? "", b.ThenKey ?? "");
            if (second != 0) return Directed(second, then.Direction);
        }
        return Directed(CompareCodePoints(a.Id, b.Id), order.Direction);
    }

    private static int Directed(int comparison, Ports.SortDirection direction) =>
        direction == Ports.SortDirection.Descending ? -comparison : comparison;

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
