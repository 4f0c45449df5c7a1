using Microsoft.Data.Sqlite;
using ScoGraph.Domain.Model;
using ScoGraph.Domain.Ports;
using ScoGraph.Storage.ContractTests;
using ScoGraph.Storage.Sqlite.Migrations;
using static ScoGraph.Storage.ContractTests.Samples;

namespace ScoGraph.Storage.Sqlite.Tests;

/// <summary>The store file: created and migrated on open, durable across reopenings, refused when unusable.</summary>
public sealed class SqliteStoreFileSpecs(TempDatabaseFolder folder) : IClassFixture<TempDatabaseFolder>
{
    private static CancellationToken None => CancellationToken.None;

    private static T Scalar<T>(string file, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (T)Convert.ChangeType(command.ExecuteScalar()!, typeof(T));
    }

    private static void Execute(string file, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    [Fact]
    public async Task Opening_a_new_path_creates_the_file_in_WAL_mode_with_every_migration_recorded()
    {
        var file = Path.Combine(folder.Path, "nested", "new.db");
        await using (var store = await SqliteTimelineStore.OpenAsync(file))
        {
            Assert.Equal(MigrationRunner.LatestVersion, store.SchemaVersion);
        }

        Assert.True(File.Exists(file));
        Assert.Equal("wal", Scalar<string>(file, "PRAGMA journal_mode;"));
        Assert.Equal(MigrationRunner.All.Count, Scalar<long>(file, "SELECT count(*) FROM schema_migrations;"));
        Assert.Equal(MigrationRunner.LatestVersion, Scalar<long>(file, "SELECT max(version) FROM schema_migrations;"));
    }

    [Fact]
    public async Task Data_survives_closing_and_reopening_and_no_migration_runs_twice()
    {
        var file = folder.NextFile();
        await using (var store = await SqliteTimelineStore.OpenAsync(file))
            await store.WriteAsync(Batch.Upserting(WithSecretariat()), None);

        await using (var reopened = await SqliteTimelineStore.OpenAsync(file))
        {
            Assert.Equal(WithSecretariat().Length, (await reopened.LoadEntitiesAsync(WithSecretariat().Select(e => e.Id).ToArray(), null, None)).Count);
            Assert.Equal("bolat-nurgaliyev", (await reopened.SearchAsync(new SearchQuery("nurgaliev"), None))[0].Entity.Item.Id);
        }
        Assert.Equal(MigrationRunner.All.Count, Scalar<long>(file, "SELECT count(*) FROM schema_migrations;"));
    }

    [Fact]
    public async Task A_later_batch_after_reopening_is_still_recorded_after_every_earlier_one()
    {
        var file = folder.NextFile();
        WriteResult first;
        await using (var store = await SqliteTimelineStore.OpenAsync(file))
            first = await store.WriteAsync(Batch.Upserting(Basics()), None);
        // Pretend the first batch was recorded in the future (a clock that was ahead): the next one must still be later.
        Execute(file, $"UPDATE knowledge_clock SET last_ticks = {first.RecordedAt.AddDays(1).UtcTicks};");
        await using var reopened = await SqliteTimelineStore.OpenAsync(file);
        var second = await reopened.WriteAsync(Batch.Upserting(Source("src-late")), None);
        Assert.True(second.RecordedAt > first.RecordedAt.AddDays(1));
    }

    [Fact]
    public async Task Migrating_a_version_1_file_indexes_the_names_it_already_holds_for_search()
    {
        var file = folder.NextFile();
        await using (var store = await SqliteTimelineStore.OpenAsync(file))
            await store.WriteAsync(Batch.Upserting(WithSecretariat()), None);
        // Turn the file back into a version 1 store: no search tables, no writer columns, no record of migrations 2 and 3.
        Execute(file, """
            DROP TABLE search_fts; DROP TABLE search_term;
            ALTER TABLE item_version DROP COLUMN recorded_by; ALTER TABLE item_version DROP COLUMN retracted_by;
            DELETE FROM schema_migrations WHERE version >= 2;
            """);

        await using var migrated = await SqliteTimelineStore.OpenAsync(file);
        Assert.Equal(MigrationRunner.LatestVersion, migrated.SchemaVersion);
        var byAlias = await migrated.SearchAsync(new SearchQuery("Нургалиев"), None);
        Assert.Equal("bolat-nurgaliyev", Assert.Single(byAlias).Entity.Item.Id);
        Assert.Equal("rashid-alimov", (await migrated.SearchAsync(new SearchQuery("rashid alimov"), None))[0].Entity.Item.Id);
    }

    [Fact]
    public async Task Migrating_a_version_2_file_keeps_its_versions_with_no_writer_and_records_writers_from_then_on()
    {
        var file = folder.NextFile();
        await using (var store = await SqliteTimelineStore.OpenAsync(file))
            await store.WriteAsync(Batch.Upserting(Source("doc-1", "First title")), None);
        // Turn the file back into a version 2 store: no writer columns, no record of migration 3.
        Execute(file, """
            ALTER TABLE item_version DROP COLUMN recorded_by; ALTER TABLE item_version DROP COLUMN retracted_by;
            DELETE FROM schema_migrations WHERE version = 3;
            """);

        await using var migrated = await SqliteTimelineStore.OpenAsync(file);
        Assert.Equal(3, migrated.SchemaVersion);
        await migrated.WriteAsync(new WriteBatch([new Upsert(Source("doc-1", "Second title"))], "editor"), None);
        var history = await migrated.HistoryAsync("doc-1", None);
        Assert.Equal([null, "editor"], history.Select(v => v.Version.RecordedBy));
        Assert.Equal(["editor", null], history.Select(v => v.Version.RetractedBy));
    }

    [Fact]
    public async Task A_file_from_a_newer_schema_is_refused_with_a_clear_message()
    {
        var file = folder.NextFile();
        await (await SqliteTimelineStore.OpenAsync(file)).DisposeAsync();
        Execute(file, "INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, 'from the future', '2030-01-01');");

        var error = await Assert.ThrowsAsync<StoreFileException>(() => SqliteTimelineStore.OpenAsync(file));
        Assert.Contains("99", error.Message);
        Assert.Contains("newer", error.Message);
    }

    [Fact]
    public async Task A_file_that_is_not_a_database_is_refused_with_a_clear_message()
    {
        var file = folder.NextFile();
        await File.WriteAllTextAsync(file, new string('x', 8192));
        var error = await Assert.ThrowsAsync<StoreFileException>(() => SqliteTimelineStore.OpenAsync(file));
        Assert.Contains(file, error.Message);
        Assert.Contains("cannot be opened", error.Message);
    }

    [Fact]
    public async Task Closing_folds_the_write_ahead_log_into_the_file()
    {
        var file = folder.NextFile();
        await using (var store = await SqliteTimelineStore.OpenAsync(file))
            await store.WriteAsync(Batch.Upserting(WithSecretariat()), None);
        var wal = file + "-wal";
        Assert.True(!File.Exists(wal) || new FileInfo(wal).Length == 0);
    }

    [Fact]
    public async Task Using_a_closed_store_fails_clearly()
    {
        var store = await SqliteTimelineStore.OpenAsync(folder.NextFile());
        await store.DisposeAsync();
        await Assert.ThrowsAsync<ObjectDisposedException>(() => store.LoadEntitiesAsync(["IND"], null, None));
        await Assert.ThrowsAsync<ObjectDisposedException>(() => store.WriteAsync(Batch.Upserting(Basics()), None));
    }

    [Fact]
    public async Task Two_stores_on_one_file_see_each_others_batches()
    {
        var file = folder.NextFile();
        await using var writer = await SqliteTimelineStore.OpenAsync(file);
        await using var other = await SqliteTimelineStore.OpenAsync(file);
        await writer.WriteAsync(Batch.Upserting(Basics()), None);
        var second = await other.WriteAsync(Batch.Upserting(Official("zhang-ming", "Zhang Ming", "KAZ")), None);

        Assert.Single(await writer.LoadEntitiesAsync(["zhang-ming"], null, None));
        Assert.IsType<State>((await other.LoadEntitiesAsync(["IND"], null, None))["IND"].Item);
        Assert.True(second.RecordedAt > (await writer.HistoryAsync("IND", None))[0].Version.RecordedAt);
    }
}
