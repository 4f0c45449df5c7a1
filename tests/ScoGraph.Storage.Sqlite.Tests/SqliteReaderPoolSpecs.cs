using System.Data;
using Microsoft.Data.Sqlite;
using ScoGraph.Storage.Sqlite.Connections;
using ScoGraph.Storage.Sqlite.Migrations;

namespace ScoGraph.Storage.Sqlite.Tests;

/// <summary>The reader pool keeps healthy sessions (and their compiled statements) and never lends a broken one again.</summary>
public sealed class SqliteReaderPoolSpecs(TempDatabaseFolder folder) : IClassFixture<TempDatabaseFolder>
{
    private static CancellationToken None => CancellationToken.None;

    private ReaderPool NewPool()
    {
        var factory = new ConnectionFactory(new SqliteStoreOptions { DatabasePath = folder.NextFile() });
        using (var writer = factory.OpenWriter()) MigrationRunner.MigrateToLatest(writer.Connection);
        return new ReaderPool(factory, maxConnections: 1);
    }

    [Fact]
    public async Task A_session_is_lent_again_after_a_read_that_failed_outside_sqlite()
    {
        using var pool = NewPool();
        var first = await pool.ReadAsync(session => session, None);

        await Assert.ThrowsAsync<InvalidOperationException>(() => pool.ReadAsync<int>(_ => throw new InvalidOperationException("no"), None));
        var second = await pool.ReadAsync(session => session, None);

        Assert.Same(first, second);
        Assert.Equal(ConnectionState.Open, second.Connection.State);
    }

    [Fact]
    public async Task A_session_whose_read_failed_in_sqlite_is_closed_and_replaced()
    {
        using var pool = NewPool();
        PreparedSession? failed = null;

        await Assert.ThrowsAsync<SqliteException>(() => pool.ReadAsync(session =>
        {
            failed = session;
            return session.Command("SELECT count(*) FROM no_such_table;", []).ExecuteScalar();
        }, None));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        var next = await pool.ReadAsync(session => session, timeout.Token);

        Assert.NotNull(failed);
        Assert.Equal(ConnectionState.Closed, failed.Connection.State);
        Assert.NotSame(failed, next);
        Assert.Equal(ConnectionState.Open, next.Connection.State);
    }
}
