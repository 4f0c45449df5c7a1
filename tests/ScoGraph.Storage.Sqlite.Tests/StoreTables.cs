using Microsoft.Data.Sqlite;

namespace ScoGraph.Storage.Sqlite.Tests;

/// <summary>Every table a write fills, read back row by row, to compare two stores that should hold the same.</summary>
internal static class StoreTables
{
    /// <summary>One query per table, ordered, leaving out the knowledge times (each import has its own clock).</summary>
    public static readonly string[] Queries =
    [
        "SELECT id, kind FROM item ORDER BY id",
        "SELECT item_id, revision, kind, content, sources, name_key, date_key, names, has_period, start_earliest, end_latest, category, place_key FROM item_version ORDER BY version_key",
        "SELECT version_key, reference_id FROM item_reference ORDER BY version_key, reference_id",
        "SELECT version_key, is_alias, text FROM search_term ORDER BY term_key",
        "SELECT version_key, ordinal, origin, subject, predicate, object, value, has_valid, valid_start, valid_end, start_earliest, start_latest, end_earliest, end_latest, sources FROM fact ORDER BY fact_key",
        "SELECT predicate, max_span FROM predicate_span ORDER BY predicate",
    ];

    public static List<string> Rows(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
            rows.Add(string.Join('\u001F', Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "∅" : Convert.ToString(reader.GetValue(i)))));
        return rows;
    }
}
