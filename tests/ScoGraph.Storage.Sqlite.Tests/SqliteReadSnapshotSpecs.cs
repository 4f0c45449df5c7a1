using ScoGraph.Domain.Model;
using ScoGraph.Domain.Ports;
using ScoGraph.Storage.ContractTests;
using ScoGraph.Storage.Sqlite.Connections;
using ScoGraph.Storage.Sqlite.Migrations;
using ScoGraph.Storage.Sqlite.Reading;
using ScoGraph.Storage.Sqlite.Writing;

namespace ScoGraph.Storage.Sqlite.Tests;

/// <summary>
/// A read runs several statements (a page, then whether more lies on either side, then the count). The store runs
/// every read through <see cref="ReaderPool.ReadAsync"/>, in one deferred transaction; these specs commit a batch in
/// the middle of such a read, on the same thread so the interleaving is certain, and check that the read's later
/// statements still see the store as its first statement did.
/// </summary>
public sealed class SqliteReadSnapshotSpecs(TempDatabaseFolder folder) : IClassFixture<TempDatabaseFolder>
{
    private static readonly EntityQuery Sources = new(EntityKind.Source, Page: new PageRequest(First: 2), IncludeTotalCount: true);

    private static WriteBatch SourcesNamed(params string[] ids) =>
        Batch.Upserting(ids.Select(id => (Entity)Samples.Source(id)).ToArray());

    private ConnectionFactory NewStoreFile() => new(new SqliteStoreOptions { DatabasePath = folder.NextFile() });

    private static PreparedSession OpenWriter(ConnectionFactory factory)
    {
        var writer = factory.OpenWriter();
        MigrationRunner.MigrateToLatest(writer.Connection);
        return writer;
    }

    [Fact]
    public async Task Every_statement_of_one_read_sees_the_commit_its_first_statement_saw()
    {
        var factory = NewStoreFile();
        using var writer = OpenWriter(factory);
        using var readers = new ReaderPool(factory, maxConnections: 1);
        BatchWriter.Write(writer, SourcesNamed("m-1", "m-2"), new WriteScratch());

        var (first, second) = await readers.ReadAsync(session =>
        {
            var page = EntityLister.Find(session, Sources);
            BatchWriter.Write(writer, SourcesNamed("a-1", "z-1", "z-2"), new WriteScratch());
            return (page, EntityLister.Find(session, Sources));
        }, CancellationToken.None);

        Assert.Equal(2, first.TotalCount);
        Assert.Equal(2, second.TotalCount);
        Assert.False(second.HasNextPage);
        Assert.Equal(["m-1", "m-2"], second.Items.Select(i => i.Node.Item.Id));
        // The next read starts a new snapshot and sees the batch.
        var later = await readers.ReadAsync(session => EntityLister.Find(session, Sources), CancellationToken.None);
        Assert.Equal(5, later.TotalCount);
        Assert.True(later.HasNextPage);
        Assert.Equal(["a-1", "m-1"], later.Items.Select(i => i.Node.Item.Id));
    }

    [Fact]
    public async Task A_read_that_fails_ends_its_snapshot_with_it()
    {
        var factory = NewStoreFile();
        using var writer = OpenWriter(factory);
        using var readers = new ReaderPool(factory, maxConnections: 1);
        BatchWriter.Write(writer, SourcesNamed("m-1"), new WriteScratch());

        await Assert.ThrowsAsync<InvalidOperationException>(() => readers.ReadAsync<int>(session =>
        {
            EntityLister.Find(session, Sources);
            throw new InvalidOperationException("the read gives up");
        }, CancellationToken.None));
        BatchWriter.Write(writer, SourcesNamed("m-2"), new WriteScratch());

        // The same pooled session reads again; had the failed read left its transaction open, it would see one source.
        var after = await readers.ReadAsync(session => EntityLister.Find(session, Sources), CancellationToken.None);
        Assert.Equal(2, after.TotalCount);
    }
}
