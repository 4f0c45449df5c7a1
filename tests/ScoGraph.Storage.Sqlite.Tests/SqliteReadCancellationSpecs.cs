using ScoGraph.Storage.Sqlite.Connections;
using ScoGraph.Storage.Sqlite.Migrations;

namespace ScoGraph.Storage.Sqlite.Tests;

/// <summary>
/// A request that times out or whose client leaves stops its running SQLite statement, and heavy
/// reads (search) cannot take every reader connection from cheap ones (issue 11, finding 1).
/// </summary>
public sealed class SqliteReadCancellationSpecs(TempDatabaseFolder folder) : IClassFixture<TempDatabaseFolder>
{
    /// <summary>Counts to a billion: minutes of work unless interrupted.</summary>
    private const string EndlessCount =
        "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 1000000000) SELECT count(*) FROM c;";

    private ReaderPool NewPool(int connections)
    {
        var factory = new ConnectionFactory(new SqliteStoreOptions { DatabasePath = folder.NextFile() });
        using (var writer = factory.OpenWriter()) MigrationRunner.MigrateToLatest(writer.Connection);
        return new ReaderPool(factory, connections);
    }

    [Fact]
    public async Task Cancelling_a_read_interrupts_its_running_statement()
    {
        using var pool = NewPool(connections: 2);
        using var cancel = new CancellationTokenSource();
        using var started = new ManualResetEventSlim();

        var read = Task.Run(() => pool.ReadAsync(session =>
        {
            started.Set();
            return session.Command(EndlessCount, []).ExecuteScalar();
        }, cancel.Token));
        started.Wait();
        cancel.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => read);
        // The pool still serves reads afterwards.
        Assert.Equal(1L, await pool.ReadAsync(session => session.Command("SELECT 1;", []).ExecuteScalar(), CancellationToken.None));
    }

    [Fact]
    public async Task A_cheap_read_gets_a_connection_while_heavy_reads_hold_as_many_as_there_are()
    {
        using var pool = NewPool(connections: 4);
        using var release = new ManualResetEventSlim();
        using var stop = new CancellationTokenSource();
        var heavy = Enumerable.Range(0, 4).Select(_ => Task.Run(() => pool.ReadAsync(_ =>
        {
            release.Wait(stop.Token);
            return 0;
        }, stop.Token, heavy: true))).ToArray();

        // Were heavy reads allowed every connection, this would wait for them (released only after it answers).
        var cheap = Task.Run(() => pool.ReadAsync(session => session.Command("SELECT 42;", []).ExecuteScalar(), stop.Token));
        var first = await Task.WhenAny(cheap, Task.WhenAll(heavy), Task.Delay(TimeSpan.FromSeconds(30)));

        release.Set();
        Assert.Same(cheap, first);
        Assert.Equal(42L, await cheap);
        await Task.WhenAll(heavy);
    }
}
