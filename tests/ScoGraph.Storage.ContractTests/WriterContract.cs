using ScoGraph.Domain.Model;
using ScoGraph.Domain.Ports;
using static ScoGraph.Storage.ContractTests.Samples;

namespace ScoGraph.Storage.ContractTests;

/// <summary>
/// Who wrote what: every version keeps the <see cref="WriteBatch.RecordedBy"/> of the batch that recorded it, and the
/// writer of the batch that retracted or superseded it; a batch without a writer leaves both unknown (null).
/// </summary>
public abstract class WriterContract : StoreContract
{
    [ContractFact]
    public async Task Each_version_keeps_who_recorded_it_and_who_retracted_it()
    {
        var store = await NewStoreAsync();
        await store.WriteAsync(new WriteBatch([new Upsert(Source("doc-1", "First title"))], "alice"), None);
        await store.WriteAsync(new WriteBatch([new Upsert(Source("doc-1", "Second title"))], "bob"), None);
        await store.WriteAsync(new WriteBatch([new Retract("doc-1", "duplicate")], "carol"), None);

        var history = await store.HistoryAsync("doc-1", None);

        Assert.Equal(["alice", "bob"], history.Select(v => v.Version.RecordedBy));
        Assert.Equal(["bob", "carol"], history.Select(v => v.Version.RetractedBy));
    }

    [ContractFact]
    public async Task The_writer_is_read_back_by_every_read_and_an_unnamed_batch_records_no_writer()
    {
        var store = await NewStoreAsync();
        await store.WriteAsync(new WriteBatch([new Upsert(Source("doc-kaz", "Kazakh page"))], "importer"), None);
        await store.WriteAsync(Batch.Upserting(Source("doc-chn", "Chinese page")), None);

        var loaded = await store.LoadEntitiesAsync(["doc-kaz", "doc-chn"], null, None);
        Assert.Equal("importer", loaded["doc-kaz"].Version.RecordedBy);
        Assert.Null(loaded["doc-chn"].Version.RecordedBy);
        var page = await store.FindEntitiesAsync(new EntityQuery(EntityKind.Source), None);
        Assert.Equal("importer", page.Items.Single(i => i.Node.Item.Id == "doc-kaz").Node.Version.RecordedBy);
    }

    [ContractFact]
    public async Task An_unchanged_upsert_keeps_the_first_writer()
    {
        var store = await NewStoreAsync();
        await store.WriteAsync(new WriteBatch([new Upsert(Source("doc-1", "First title"))], "alice"), None);
        await store.WriteAsync(new WriteBatch([new Upsert(Source("doc-1", "First title"))], "bob"), None);

        var only = Assert.Single(await store.HistoryAsync("doc-1", None));
        Assert.Equal("alice", only.Version.RecordedBy);
    }
}
