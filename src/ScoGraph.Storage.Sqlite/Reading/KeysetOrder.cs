using ScoGraph.Domain.Ports;

namespace ScoGraph.Storage.Sqlite.Reading;

/// <summary>
/// The SQL of a list's order for keyset paging: its ORDER BY, and the condition "beyond a cursor" in list order.
/// The keys are the order's sort column(s) then the id, the id taking the first key's direction. When every key
/// runs the same way the condition is one row-value comparison, which SQLite answers from the sort column's index;
/// mixed directions (date descending, then title ascending) need the spelled-out form.
/// </summary>
internal sealed class KeysetOrder
{
    private readonly (string Column, string Parameter, bool Descending)[] _keys;

    private KeysetOrder((string Column, string Parameter, bool Descending)[] keys) => _keys = keys;

    public static KeysetOrder For(EntityOrder order)
    {
        var keys = new List<(string, string, bool)> { (Column(order.Field), "Key", order.Direction == SortDirection.Descending) };
        if (order.Then is { } then) keys.Add((Column(then.Field), "Then", then.Direction == SortDirection.Descending));
        keys.Add(("v.item_id", "Id", order.Direction == SortDirection.Descending));
        return new KeysetOrder([.. keys]);
    }

    /// <summary>The sort columns (without the id), as the page query selects them for the cursors.</summary>
    public IEnumerable<string> SortColumns => _keys[..^1].Select(k => k.Column);

    /// <summary><c>ORDER BY</c> in list order, or in reverse (for reading a page backwards).</summary>
    public string OrderBy(bool reversed) =>
        "ORDER BY " + string.Join(", ", _keys.Select(k => $"{k.Column} {(k.Descending != reversed ? "DESC" : "ASC")}"));

    /// <summary>
    /// Rows after the cursor bound to <c>${cursor}Key</c>, <c>${cursor}Then</c>, <c>${cursor}Id</c> in list order
    /// (<paramref name="later"/>) or before it; <paramref name="inclusive"/> keeps the cursor's own row.
    /// </summary>
    public string Beyond(string cursor, bool later, bool inclusive)
    {
        string Operator(bool descending) => (descending == later ? "<" : ">") + (inclusive ? "=" : "");
        if (_keys.All(k => k.Descending == _keys[0].Descending))
        {
            return $"({string.Join(", ", _keys.Select(k => k.Column))}) {Operator(_keys[0].Descending)} " +
                   $"({string.Join(", ", _keys.Select(k => "$" + cursor + k.Parameter))})";
        }
        // (k1 beyond) OR (k1 equal AND ((k2 beyond) OR (k2 equal AND id beyond))), built from the last key up.
        var (lastColumn, lastParameter, lastDescending) = _keys[^1];
        var condition = $"{lastColumn} {Operator(lastDescending)} ${cursor}{lastParameter}";
        foreach (var (column, parameter, descending) in _keys[..^1].Reverse())
        {
            var strict = (descending == later ? "<" : ">");
            condition = $"({column} {strict} ${cursor}{parameter} OR ({column} = ${cursor}{parameter} AND {condition}))";
        }
        return condition;
    }

    private static string Column(EntityOrderField field) => field switch
    {
        EntityOrderField.Name => "v.name_key",
        EntityOrderField.Date => "v.date_key",
        _ => "v.item_id",
    };
}
