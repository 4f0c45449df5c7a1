using ScoGraph.Domain.Import.Bulk;
using ScoGraph.Domain.Model;
using ScoGraph.Domain.Ports;
using ScoGraph.Storage.Sqlite.Connections;
using ScoGraph.Storage.Sqlite.Migrations;

namespace ScoGraph.Storage.Sqlite.Tests;

/// <summary>Every connection the store opens carries the settings durability and integrity rely on.</summary>
public sealed class SqliteConnectionSpecs(TempDatabaseFolder folder) : IClassFixture<TempDatabaseFolder>
{
    private static long Pragma(PreparedSession session, string name)
    {
        using var command = session.Connection.CreateCommand();
        command.CommandText = $"PRAGMA {name};";
        return Convert.ToInt64(command.ExecuteScalar());
    }

    [Fact]
    public void Writer_and_readers_use_normal_sync_and_a_busy_timeout()
    {
        var factory = new ConnectionFactory(new SqliteStoreOptions { DatabasePath = folder.NextFile(), BusyTimeout = TimeSpan.FromSeconds(7) });
        using var writer = factory.OpenWriter();
        MigrationRunner.MigrateToLatest(writer.Connection);
        using var reader = factory.OpenReader();

        foreach (var session in new[] { writer, reader })
        {
            Assert.Equal(1, Pragma(session, "synchronous")); // NORMAL
            Assert.Equal(7000, Pragma(session, "busy_timeout"));
        }
        Assert.Equal(1, Pragma(reader, "query_only"));
        Assert.Equal(0, Pragma(writer, "query_only"));
    }

    [Fact]
    public void The_writer_checks_references_itself_and_checkpoints_after_several_batches()
    {
        var factory = new ConnectionFactory(new SqliteStoreOptions { DatabasePath = folder.NextFile(), CheckpointKiB = 32 * 1024 });
        using var writer = factory.OpenWriter();

        // Batches check every reference (current, not merely recorded): SQLite's own foreign key checks were redundant.
        Assert.Equal(0, Pragma(writer, "foreign_keys"));
        Assert.Equal(16 * 1024, Pragma(writer, "page_size"));
        Assert.Equal(32 * 1024 / 16, Pragma(writer, "wal_autocheckpoint"));
    }

    [Fact]
    public async Task A_file_made_with_another_page_size_keeps_it_and_checkpoints_after_as_many_bytes()
    {
        var path = folder.NextFile();
        await using (var old = await SqliteTimelineStore.OpenAsync(new SqliteStoreOptions { DatabasePath = path, PageSize = 4096 }))
            await old.WriteAsync(new WriteBatch([new Upsert(new Source { Id = "s", Title = "A source" })]), CancellationToken.None);

        var factory = new ConnectionFactory(new SqliteStoreOptions { DatabasePath = path });
        using var writer = factory.OpenWriter();

        Assert.Equal(4096, Pragma(writer, "page_size"));
        Assert.Equal(40 * 1024 / 4, Pragma(writer, "wal_autocheckpoint"));
        await using var reopened = await SqliteTimelineStore.OpenAsync(path);
        Assert.True((await reopened.LoadEntitiesAsync(["s"], null, CancellationToken.None)).ContainsKey("s"));
    }

    [Fact]
    public void Connections_take_no_mutex_of_their_own_once_SQLite_runs_multi_threaded()
    {
        var factory = new ConnectionFactory(new SqliteStoreOptions { DatabasePath = folder.NextFile() });
        using var writer = factory.OpenWriter();
        var mutex = SqliteNative.sqlite3_db_mutex(writer.Connection.Handle!.DangerousGetHandle());

        // Multi-thread mode can only be chosen before the process first uses SQLite; the store chooses it when it can.
        if (SqliteThreadingMode.EnsureConfigured()) Assert.Equal(0, mutex);
        else Assert.NotEqual(0, mutex);
    }

    [Fact]
    public void A_reader_connection_cannot_write()
    {
        var factory = new ConnectionFactory(new SqliteStoreOptions { DatabasePath = folder.NextFile() });
        using var writer = factory.OpenWriter();
        MigrationRunner.MigrateToLatest(writer.Connection);
        using var reader = factory.OpenReader();

        Assert.Throws<Microsoft.Data.Sqlite.SqliteException>(() => reader.Execute("INSERT INTO item (id, kind) VALUES ('x', 'STATE');"));
    }

    [Fact]
    public async Task Every_declared_foreign_key_holds_after_imports_corrections_and_retractions()
    {
        var path = folder.NextFile();
        await using (var store = await SqliteTimelineStore.OpenAsync(path))
        {
            // The shipped dataset (every kind, claims, citations), then a correction, a retraction and a claim retraction.
            await using (var input = ImportInput.FromFiles(ShippedDataset.Files()))
            {
                var summary = await new BulkImporter(store, new BulkImportOptions { BatchSize = 500 }).ImportAsync(input, CancellationToken.None);
                Assert.Equal(0, summary.ErrorCount);
                Assert.True(summary.Created > 1000, $"created {summary.Created}");
            }
            await store.WriteAsync(new WriteBatch([
                new Upsert(new Source { Id = "src-fk-check", Title = "A correction's source", Language = "en" }),
                new Retract("src-fk-check", "written only to be retracted"),
            ]), CancellationToken.None);
        }

        var factory = new ConnectionFactory(new SqliteStoreOptions { DatabasePath = path });
        using var reader = factory.OpenReader();
        using var check = reader.Connection.CreateCommand();
        check.CommandText = "PRAGMA foreign_key_check;";
        using var violations = check.ExecuteReader();
        Assert.False(violations.Read(), violations.HasRows ? $"{violations.GetString(0)} row {violations.GetValue(1)} → {violations.GetString(2)}" : "");
    }
}
