using Microsoft.Data.Sqlite;
using ScoGraph.Domain.Import.Bulk;

namespace ScoGraph.Storage.Sqlite.Tests;

/// <summary>A bulk import that derives each line's projection ahead, on other cores, writes what the writer would itself.</summary>
public sealed class BulkWriteSpecs(TempDatabaseFolder folder) : IClassFixture<TempDatabaseFolder>
{
    [Fact]
    public async Task Projecting_ahead_stores_exactly_what_the_writer_derives_itself()
    {
        var ahead = await ImportDatasetAsync(projectAhead: true);
        var inWriter = await ImportDatasetAsync(projectAhead: false);

        // Everything but the knowledge times (each import has its own clock).
        foreach (var table in new[]
        {
            "SELECT id, kind FROM item ORDER BY id",
            "SELECT item_id, revision, kind, content, sources, name_key, date_key, names, has_period, start_earliest, end_latest, category, place_key FROM item_version ORDER BY version_key",
            "SELECT version_key, reference_id FROM item_reference ORDER BY version_key, reference_id",
            "SELECT version_key, is_alias, text FROM search_term ORDER BY term_key",
            "SELECT version_key, ordinal, origin, subject, predicate, object, value, has_valid, valid_start, valid_end, start_earliest, start_latest, end_earliest, end_latest, sources FROM fact ORDER BY fact_key",
            "SELECT predicate, max_span FROM predicate_span ORDER BY predicate",
        })
        {
            var expected = Rows(inWriter, table);
            Assert.True(expected.Count > 0, table);
            Assert.Equal(expected, Rows(ahead, table));
        }
    }

    private async Task<string> ImportDatasetAsync(bool projectAhead)
    {
        var path = folder.NextFile();
        await using var store = await SqliteTimelineStore.OpenAsync(path);
        await using var input = ImportInput.FromFiles(ShippedDataset.Files());
        var summary = await new BulkImporter(store, new BulkImportOptions { BatchSize = 300, ProjectAhead = projectAhead })
            .ImportAsync(input, CancellationToken.None);
        Assert.Equal(0, summary.ErrorCount);
        return path;
    }

    private static List<string> Rows(string path, string sql)
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
