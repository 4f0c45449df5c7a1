using System.Globalization;
using System.Text.Json;

namespace ScoGraph.Storage.Neo4j.Http;

/// <summary>
/// One row of a statement's result (the <c>row</c> array of Neo4j's JSON format), valid only during the call that
/// receives it. Temporal values arrive as ISO strings of varying shape (semantics page, 2.1): the reader of a column
/// knows its type from the statement it wrote, not from <c>meta</c>.
/// </summary>
public readonly struct CypherRow(JsonElement values)
{
    public int Count => values.GetArrayLength();

    public JsonElement this[int column] => values[column];

    public bool IsNull(int column) => values[column].ValueKind == JsonValueKind.Null;

    public string? String(int column) => values[column] is { ValueKind: JsonValueKind.String } s ? s.GetString() : null;

    public string RequiredString(int column) =>
        String(column) ?? throw new FormatException($"column {column} holds {values[column].ValueKind}, not a string");

    public long? Int64(int column) => values[column] is { ValueKind: JsonValueKind.Number } n ? n.GetInt64() : null;

    /// <summary>A FLOAT (or INTEGER) column; Neo4j sends NaN and the infinities as the strings "NaN", "Infinity", "-Infinity".</summary>
    public double? Double(int column) => values[column] switch
    {
        { ValueKind: JsonValueKind.Number } n => n.GetDouble(),
        { ValueKind: JsonValueKind.String } s => s.GetString() switch
        {
            "NaN" => double.NaN,
            "Infinity" => double.PositiveInfinity,
            "-Infinity" => double.NegativeInfinity,
            var text => double.Parse(text!, CultureInfo.InvariantCulture),
        },
        _ => null,
    };

    public bool? Boolean(int column) => values[column].ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    /// <summary>A Cypher <c>date</c> (<c>yyyy-MM-dd</c>); null when absent.</summary>
    public DateOnly? Date(int column) => String(column) is string text ? CypherTemporal.ParseDate(text) : null;

    /// <summary>A Cypher <c>datetime</c> in UTC; null when absent.</summary>
    public DateTimeOffset? DateTime(int column) => String(column) is string text ? CypherTemporal.ParseDateTime(text) : null;

    /// <summary>A list of strings (an empty list when absent).</summary>
    public IReadOnlyList<string> StringList(int column)
    {
        var value = values[column];
        if (value.ValueKind != JsonValueKind.Array) return [];
        var list = new string[value.GetArrayLength()];
        var i = 0;
        foreach (var item in value.EnumerateArray()) list[i++] = item.GetString() ?? "";
        return list;
    }
}
