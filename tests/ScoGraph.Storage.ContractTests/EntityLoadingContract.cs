using ScoGraph.Domain.Model;
using ScoGraph.Domain.Serialization;
using static ScoGraph.Storage.ContractTests.Samples;

namespace ScoGraph.Storage.ContractTests;

/// <summary>Loading entities by id in batches, and the history of one item.</summary>
public abstract class EntityLoadingContract : StoreContract
{
    [ContractFact]
    public async Task Many_entities_load_in_one_call_and_unknown_ids_are_absent()
    {
        var store = await StoreWithAsync(WithSecretariat());
        var loaded = await store.LoadEntitiesAsync(["IND", "rashid-alimov", "sco", "nobody", "IND"], null, None);

        Assert.Equal(["IND", "rashid-alimov", "sco"], loaded.Keys.Order(StringComparer.Ordinal));
        Assert.IsType<Organization>(loaded["sco"].Item);
    }

    [ContractFact]
    public async Task Every_kind_reads_back_exactly_as_written()
    {
        Entity[] all = [.. WithSecretariat(), Tenure("rashid-alimov", "2016", "2018"),
            Change("IND", MembershipStatus.Observer, MembershipStatus.Member, "2017-06-09"),
            Summit("2017-astana-summit", "Astana summit", "2017-06-08", "2017-06-09"), RoadTransport(),
            EntryIntoForceClaim("2014", "src-seed")];
        var store = await StoreWithAsync(all);
        var loaded = await store.LoadEntitiesAsync(all.Select(e => e.Id).ToArray(), null, None);

        Assert.Equal(all.Length, loaded.Count);
        Assert.All(all, e => Assert.True(EntityJson.ContentEquals(e, loaded[e.Id].Item), $"{e.Id} changed on the way"));
    }

    [ContractFact]
    public async Task An_empty_id_list_loads_nothing()
    {
        var store = await StoreWithAsync(Basics());
        Assert.Empty(await store.LoadEntitiesAsync([], null, None));
    }

    [ContractFact]
    public async Task History_lists_every_version_oldest_first()
    {
        var store = await StoreWithAsync(Basics());
        await store.WriteAsync(Batch.Upserting(Source("src-x", "v1")), None);
        await store.WriteAsync(Batch.Upserting(Source("src-x", "v2")), None);
        await store.WriteAsync(Batch.Retracting("src-x", "withdrawn"), None);
        await store.WriteAsync(Batch.Upserting(Source("src-x", "v3")), None);

        var history = await store.HistoryAsync("src-x", None);
        Assert.Equal(["v1", "v2", "v3"], history.Select(v => ((Source)v.Item).Title));
        Assert.Equal([1, 2, 3], history.Select(v => v.Version.Revision));
        Assert.Equal(["superseded by revision 2", "withdrawn", null], history.Select(v => v.Version.RetractionReason));
        Assert.True(history.Zip(history.Skip(1)).All(p => p.First.Version.RetractedAt <= p.Second.Version.RecordedAt));
    }

    [ContractFact]
    public async Task History_of_an_unknown_id_is_empty()
    {
        var store = await StoreWithAsync(Basics());
        Assert.Empty(await store.HistoryAsync("nobody", None));
        Assert.Empty(await store.HistoryAsync("", None));
    }
}
