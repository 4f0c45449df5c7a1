using System.Text.Json;

namespace ScoGraph.Storage.Sqlite.Reading;

/// <summary>
/// Lists of ids travel as one JSON array parameter unpacked by <c>json_each</c> in SQL: the statement text stays
/// the same whatever the list's length, so it is compiled once, and no value is ever spliced into SQL.
/// </summary>
internal static class JsonArray
{
    public static string Of(IEnumerable<string> values) =>
        JsonSerializer.Serialize(values.Distinct(StringComparer.Ordinal).ToArray());
}
