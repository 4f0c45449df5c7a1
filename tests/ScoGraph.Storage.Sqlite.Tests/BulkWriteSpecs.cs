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

        foreach (var table in StoreTables.Queries)
        {
            var expected = StoreTables.Rows(inWriter, table);
            Assert.True(expected.Count > 0, table);
            Assert.Equal(expected, StoreTables.Rows(ahead, table));
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
}
