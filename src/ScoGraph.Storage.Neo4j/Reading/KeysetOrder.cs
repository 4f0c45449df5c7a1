using ScoGraph.Domain.Ports;

namespace ScoGraph.Storage.Neo4j.Reading;

/// <summary>
/// The Cypher of a list's order for keyset paging: its ORDER BY, and the condition "beyond a cursor" in list order.
/// The keys are the order's sort property(ies) then the id, the id taking the first key's direction. Cypher has no
/// row-value comparison (semantics page 1.3), so the condition is always the expanded OR form, led by a plain range
/// on the first key (<c>k1 &gt;= $key AND (...)</c>) that the single-property RANGE index on it can seek.
/// Sort keys are never null (<see cref="Domain.Indexing.EntityIndexEntry.MissingKey"/>), so no null group needs paging.
/// </summary>
internal sealed class KeysetOrder
{
    private readonly (string Property, string Parameter, bool Descending)[] _keys;

    private KeysetOrder((string Property, string Parameter, bool Descending)[] keys) => _keys = keys;

    public static KeysetOrder For(EntityOrder order)
    {
        var keys = new List<(string, string, bool)> { (Property(order.Field), "Key", order.Direction == SortDirection.Descending) };
        if (order.Then is { } then) keys.Add((Property(then.Field), "Then", then.Direction == SortDirection.Descending));
        keys.Add(("v.itemId", "Id", order.Direction == SortDirection.Descending));
        return new KeysetOrder([.. keys]);
    }

    /// <summary>The sort properties (without the id), as the page returns them for the cursors.</summary>
    public IReadOnlyList<string> SortProperties => _keys[..^1].Select(k => k.Property).ToArray();

    /// <summary><c>ORDER BY</c> in list order, or in reverse (for reading a page backwards).</summary>
    public string OrderBy(bool reversed) =>
        "ORDER BY " + string.Join(", ", _keys.Select(k => $"{k.Property} {(k.Descending != reversed ? "DESC" : "ASC")}"));

    /// <summary>
    /// Rows after the cursor bound to <c>${cursor}Key</c>, <c>${cursor}Then</c>, <c>${cursor}Id</c> in list order
    /// (<paramref name="later"/>) or before it; <paramref name="inclusive"/> keeps the cursor's own row.
    /// </summary>
    public string Beyond(string cursor, bool later, bool inclusive)
    {
        string Strict(bool descending) => descending == later ? "<" : ">";
        var (lastProperty, lastParameter, lastDescending) = _keys[^1];
        var condition = $"{lastProperty} {Strict(lastDescending)}{(inclusive ? "=" : "")} ${cursor}{lastParameter}";
        foreach (var (property, parameter, descending) in _keys[..^1].Reverse())
            condition = $"({property} {Strict(descending)} ${cursor}{parameter} OR ({property} = ${cursor}{parameter} AND {condition}))";
        var (first, firstParameter, firstDescending) = _keys[0];
        return $"({first} {Strict(firstDescending)}= ${cursor}{firstParameter} AND {condition})";
    }

    private static string Property(EntityOrderField field) => field switch
    {
        EntityOrderField.Name => "v.nameKey",
        EntityOrderField.Date => "v.dateKey",
        _ => "v.itemId",
    };
}
