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
    public void Writer_and_readers_use_normal_sync_foreign_keys_and_a_busy_timeout()
    {
        var factory = new ConnectionFactory(new SqliteStoreOptions { DatabasePath = folder.NextFile(), BusyTimeout = TimeSpan.FromSeconds(7) });
        using var writer = factory.OpenWriter();
        MigrationRunner.MigrateToLatest(writer.Connection);
        using var reader = factory.OpenReader();

        foreach (var session in new[] { writer, reader })
        {
            Assert.Equal(1, Pragma(session, "synchronous")); // NORMAL
            Assert.Equal(1, Pragma(session, "foreign_keys"));
            Assert.Equal(7000, Pragma(session, "busy_timeout"));
        }
        Assert.Equal(1, Pragma(reader, "query_only"));
        Assert.Equal(0, Pragma(writer, "query_only"));
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
    public void The_schema_refuses_a_fact_about_an_id_it_never_recorded()
    {
        var factory = new ConnectionFactory(new SqliteStoreOptions { DatabasePath = folder.NextFile() });
        using var writer = factory.OpenWriter();
        MigrationRunner.MigrateToLatest(writer.Connection);

        // The store checks references itself with a clear message; the foreign keys are the last line of defence.
        var error = Assert.Throws<Microsoft.Data.Sqlite.SqliteException>(() => writer.Execute("""
            INSERT INTO item (id, kind) VALUES ('a', 'STATE');
            INSERT INTO item_version (item_id, revision, kind, content, sources, recorded_at, name_key, date_key, has_period, start_earliest, end_latest)
                VALUES ('a', 1, 'STATE', '{}', '[]', 1, 'a', 'a', 0, 0, 0);
            INSERT INTO fact (version_key, ordinal, origin, subject, predicate, has_valid, start_earliest, start_latest, end_earliest, end_latest, recorded_at)
                VALUES (last_insert_rowid(), 0, 0, 'ghost', 'name', 0, 0, 0, 0, 0, 1);
            """));
        Assert.Contains("FOREIGN KEY", error.Message);
    }
}
