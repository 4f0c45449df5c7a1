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
/// each read in one deferred transaction on a reader session; these specs commit a batch in the middle of such a
/// read, on the same thread so the interleaving is certain, and check that the read's later statements still see
/// the store as its first statement did.
/// </summary>
public sealed class SqliteReadSnapshotSpecs(TempDatabaseFolder folder) : IClassFixture<TempDatabaseFolder>
{
    private static readonly EntityQuery Sources = new(EntityKind.Source, Page: new PageRequest(First: 2), IncludeTotalCount: true);

    private static WriteBatch SourcesNamed(params string[] ids) =>
        Batch.Upserting(ids.Select(id => (Entity)Samples.Source(id)).ToArray());

    [Fact]
    public void Every_statement_of_one_read_sees_the_commit_its_first_statement_saw()
    {
        var factory = new ConnectionFactory(new SqliteStoreOptions { DatabasePath = folder.NextFile() });
        using var writer = factory.OpenWriter();
        MigrationRunner.MigrateToLatest(writer.Connection);
        using var reader = factory.OpenReader();
        BatchWriter.Write(writer, SourcesNamed("m-1", "m-2"));

        var (first, second) = reader.InTransaction(deferred: true, session =>
        {
            var page = EntityLister.Find(session, Sources);
            BatchWriter.Write(writer, SourcesNamed("a-1", "z-1", "z-2"));
            return (page, EntityLister.Find(session, Sources));
        });

        Assert.Equal(2, first.TotalCount);
        Assert.Equal(2, second.TotalCount);
        Assert.False(second.HasNextPage);
        Assert.Equal(["m-1", "m-2"], second.Items.Select(i => i.Node.Item.Id));
        // Without the transaction each statement reads the newest commit: the batch is there for the next read.
        var later = EntityLister.Find(reader, Sources);
        Assert.Equal(5, later.TotalCount);
        Assert.True(later.HasNextPage);
        Assert.Equal(["a-1", "m-1"], later.Items.Select(i => i.Node.Item.Id));
    }

    [Fact]
    public void A_read_that_fails_rolls_back_and_leaves_the_session_usable()
    {
        var factory = new ConnectionFactory(new SqliteStoreOptions { DatabasePath = folder.NextFile() });
        using var writer = factory.OpenWriter();
        MigrationRunner.MigrateToLatest(writer.Connection);
        using var reader = factory.OpenReader();
        BatchWriter.Write(writer, SourcesNamed("m-1"));

        Assert.Throws<InvalidOperationException>(() => reader.InTransaction<int>(deferred: true, session =>
        {
            EntityLister.Find(session, Sources);
            throw new InvalidOperationException("the read gives up");
        }));
        BatchWriter.Write(writer, SourcesNamed("m-2"));

        // Still reading the old snapshot would show one source; a fresh transaction shows both.
        Assert.Equal(2, reader.InTransaction(deferred: true, session => EntityLister.Find(session, Sources)).TotalCount);
    }
}
