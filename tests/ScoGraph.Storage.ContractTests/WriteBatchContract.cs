using ScoGraph.Domain.Model;
using ScoGraph.Domain.Ports;
using ScoGraph.Domain.Serialization;
using static ScoGraph.Storage.ContractTests.Samples;

namespace ScoGraph.Storage.ContractTests;

/// <summary>Writes: atomic batches, idempotent re-writes, new versions, retractions, and refused batches.</summary>
public abstract class WriteBatchContract : StoreContract
{
    [ContractFact]
    public async Task A_new_entity_is_created_as_revision_1()
    {
        var store = await StoreWithAsync(Basics());
        var result = await store.WriteAsync(Batch.Upserting(SecretaryGeneral()), None);

        var item = Assert.Single(result.Items);
        Assert.Equal(WriteOutcome.Created, item.Outcome);
        Assert.Equal(1, item.Revision);
        Assert.Equal(["sco-secretary-general"], item.ItemIds);
        var loaded = (await store.LoadEntitiesAsync(["sco-secretary-general"], null, None))["sco-secretary-general"];
        Assert.Equal(1, loaded.Version.Revision);
        Assert.Equal(result.RecordedAt, loaded.Version.RecordedAt);
        Assert.True(EntityJson.ContentEquals(SecretaryGeneral(), loaded.Item));
    }

    [ContractFact]
    public async Task Writing_the_same_content_again_changes_nothing()
    {
        var store = await StoreWithAsync(WithSecretariat());
        var again = await store.WriteAsync(Batch.Upserting(WithSecretariat()), None);

        Assert.All(again.Items, i => Assert.Equal(WriteOutcome.Unchanged, i.Outcome));
        Assert.Equal(again.Items.Count, again.Count(WriteOutcome.Unchanged));
        Assert.Single(await store.HistoryAsync("rashid-alimov", None));
    }

    [ContractFact]
    public async Task A_changed_entity_supersedes_the_current_version_which_stays_in_history()
    {
        var store = await StoreWithAsync(WithSecretariat());
        var corrected = Official("rashid-alimov", "Rashid Alimov", "TJK", "Rashid Alimov", "Рашид Алимов");
        var result = await store.WriteAsync(Batch.Upserting(corrected), None);

        var item = Assert.Single(result.Items);
        Assert.Equal(WriteOutcome.Superseded, item.Outcome);
        Assert.Equal(2, item.Revision);
        var history = await store.HistoryAsync("rashid-alimov", None);
        Assert.Equal([1, 2], history.Select(v => v.Version.Revision));
        Assert.Equal(result.RecordedAt, history[0].Version.RetractedAt);
        Assert.Equal("superseded by revision 2", history[0].Version.RetractionReason);
        Assert.Null(history[1].Version.RetractedAt);
        Assert.Equal(1, history[1].Version.Supersedes);
        Assert.True(EntityJson.ContentEquals(corrected, history[1].Item));
    }

    [ContractFact]
    public async Task A_batch_with_one_dangling_reference_is_rejected_and_nothing_of_it_is_written()
    {
        var store = await StoreWithAsync(WithSecretariat());
        var batch = Batch.Upserting(
            State("UZB", "Uzbekistan"),
            Tenure("rashid-alimov", "2016", "2018"),
            Tenure("nobody-known", "2019", "2021"));

        var error = await Assert.ThrowsAsync<WriteRejectedException>(() => store.WriteAsync(batch, None));

        Assert.Equal(2, error.ItemIndex);
        Assert.Contains("nobody-known", error.Message);
        Assert.Empty(await store.LoadEntitiesAsync(["UZB", "rashid-alimov-sg"], null, None));
        Assert.Empty(await store.LoadFactsAsync(new FactQuery(["rashid-alimov"], Predicates: ["holdsPost"]), None));
    }

    [ContractFact]
    public async Task A_reference_to_an_id_the_same_batch_writes_and_then_retracts_is_dangling()
    {
        var store = await StoreWithAsync(Basics());
        var batch = new WriteBatch([
            new Upsert(State("TKM", "Turkmenistan")),
            new Retract("TKM", "written by mistake"),
            new Upsert(Official("serdar-berdimuhamedow", "Serdar Berdimuhamedow", "TKM")),
        ]);

        var error = await Assert.ThrowsAsync<WriteRejectedException>(() => store.WriteAsync(batch, None));

        Assert.Equal(2, error.ItemIndex);
        Assert.Contains("TKM", error.Message);
        Assert.Empty(await store.HistoryAsync("TKM", None));
    }

    [ContractFact]
    public async Task A_reference_to_an_id_the_batch_writes_unchanged_needs_nothing_else()
    {
        var store = await StoreWithAsync(Basics());
        var batch = new WriteBatch([
            new Upsert(State("TKM", "Turkmenistan")),
            new Upsert(Official("serdar-berdimuhamedow", "Serdar Berdimuhamedow", "TKM")),
        ]);
        await store.WriteAsync(batch, None);

        var again = await store.WriteAsync(batch, None);

        Assert.All(again.Items, item => Assert.Equal(WriteOutcome.Unchanged, item.Outcome));
    }

    [ContractFact]
    public async Task An_id_cannot_change_its_kind()
    {
        var store = await StoreWithAsync(Basics());
        var error = await Assert.ThrowsAsync<WriteRejectedException>(() =>
            store.WriteAsync(Batch.Upserting(Official("IND", "Someone", "KAZ")), None));
        Assert.Equal(0, error.ItemIndex);
        Assert.IsType<State>((await store.LoadEntitiesAsync(["IND"], null, None))["IND"].Item);
    }

    [ContractFact]
    public async Task A_period_that_ends_before_it_starts_is_refused()
    {
        var store = await StoreWithAsync(WithSecretariat());
        var error = await Assert.ThrowsAsync<WriteRejectedException>(() =>
            store.WriteAsync(Batch.Upserting(Tenure("rashid-alimov", "2018", "2016")), None));
        Assert.Contains("rashid-alimov-sg", error.Message);
        Assert.Empty(await store.HistoryAsync("rashid-alimov-sg", None));
    }

    [ContractFact]
    public async Task An_entity_without_an_id_is_refused_with_a_clear_message()
    {
        var store = await StoreWithAsync(Basics());
        var error = await Assert.ThrowsAsync<WriteRejectedException>(() =>
            store.WriteAsync(Batch.Upserting(State("", "Nowhere")), None));
        Assert.Contains("no id", error.Message);
    }

    [ContractFact]
    public async Task Items_may_refer_to_ids_that_come_later_in_the_same_batch()
    {
        var store = await StoreWithAsync(Basics());
        var result = await store.WriteAsync(Batch.Upserting(
            Tenure("rashid-alimov", "2016", "2018"),
            SecretaryGeneral(),
            Official("rashid-alimov", "Rashid Alimov", "TJK")), None);
        Assert.Equal(3, result.Count(WriteOutcome.Created));
    }

    [ContractFact]
    public async Task A_later_upsert_of_the_same_id_in_one_batch_wins()
    {
        var store = await StoreWithAsync(Basics());
        var result = await store.WriteAsync(Batch.Upserting(
            Source("src-x", "first title"), Source("src-x", "second title")), None);

        Assert.Equal([WriteOutcome.Created, WriteOutcome.Superseded], result.Items.Select(i => i.Outcome));
        var current = (await store.LoadEntitiesAsync(["src-x"], null, None))["src-x"];
        Assert.Equal("second title", ((Source)current.Item).Title);
        // The first version was never visible to anyone: it was recorded and retracted at the same instant.
        Assert.Empty(await store.LoadEntitiesAsync(["src-x"], result.RecordedAt.AddTicks(-1), None));
    }

    [ContractFact]
    public async Task Retracting_keeps_the_version_in_history_with_its_reason()
    {
        var store = await StoreWithAsync(WithSecretariat());
        var result = await store.WriteAsync(Batch.Retracting("rashid-alimov", "duplicate record"), None);

        var item = Assert.Single(result.Items);
        Assert.Equal(WriteOutcome.Retracted, item.Outcome);
        Assert.Equal(1, item.Revision);
        Assert.Empty(await store.LoadEntitiesAsync(["rashid-alimov"], null, None));
        var only = Assert.Single(await store.HistoryAsync("rashid-alimov", None));
        Assert.Equal("duplicate record", only.Version.RetractionReason);
        Assert.Equal(result.RecordedAt, only.Version.RetractedAt);
    }

    [ContractFact]
    public async Task Upserting_a_retracted_id_creates_a_new_revision()
    {
        var store = await StoreWithAsync(WithSecretariat());
        await store.WriteAsync(Batch.Retracting("rashid-alimov", "mistake"), None);
        var result = await store.WriteAsync(Batch.Upserting(Official("rashid-alimov", "Rashid Alimov", "TJK")), None);

        Assert.Equal(WriteOutcome.Created, result.Items[0].Outcome);
        Assert.Equal(2, result.Items[0].Revision);
        Assert.Null((await store.HistoryAsync("rashid-alimov", None))[1].Version.Supersedes);
    }

    [ContractFact]
    public async Task Retracting_an_unknown_item_finds_nothing_and_writes_nothing()
    {
        var store = await StoreWithAsync(Basics());
        var result = await store.WriteAsync(Batch.Retracting("no-such-item", "test"), None);
        Assert.Equal(WriteOutcome.NotFound, result.Items[0].Outcome);
        Assert.Null(result.Items[0].Revision);
        Assert.Empty(await store.HistoryAsync("no-such-item", None));
    }

    [ContractFact]
    public async Task A_retraction_without_a_reason_is_refused()
    {
        var store = await StoreWithAsync(Basics());
        await Assert.ThrowsAsync<WriteRejectedException>(() => store.WriteAsync(Batch.Retracting("IND", " "), None));
        Assert.Single(await store.LoadEntitiesAsync(["IND"], null, None));
    }

    [ContractFact]
    public async Task Retracting_claims_retracts_every_current_claim_on_the_subject_and_predicate()
    {
        var store = await StoreWithAsync([.. Basics(), RoadTransport(),
            EntryIntoForceClaim("2014", "src-seed"), EntryIntoForceClaim("2017-01-20", "src-about")]);

        var some = await store.WriteAsync(Batch.Of(new RetractClaims("road-transport", "entryIntoForce", "2014", "seed is wrong")), None);
        Assert.Equal([Claim.IdFor("road-transport", "entryIntoForce", "2014")], some.Items[0].ItemIds);

        var rest = await store.WriteAsync(Batch.Of(new RetractClaims("road-transport", "entryIntoForce", null, "cleanup")), None);
        Assert.Equal(WriteOutcome.Retracted, rest.Items[0].Outcome);
        Assert.Equal([Claim.IdFor("road-transport", "entryIntoForce", "2017-01-20")], rest.Items[0].ItemIds);

        var none = await store.WriteAsync(Batch.Of(new RetractClaims("road-transport", "entryIntoForce", null, "again")), None);
        Assert.Equal(WriteOutcome.NotFound, none.Items[0].Outcome);
        // The agreement's own field is not a claim and stays.
        Assert.Single(await store.LoadFactsAsync(new FactQuery(["road-transport"], Predicates: ["entryIntoForce"]), None));
    }

    [ContractFact]
    public async Task Every_batch_is_recorded_strictly_after_the_previous_one()
    {
        var store = await NewStoreAsync();
        var times = new List<DateTimeOffset>();
        for (var i = 0; i < 5; i++)
            times.Add((await store.WriteAsync(Batch.Upserting(Source($"src-{i}")), None)).RecordedAt);

        Assert.Equal(times.Order(), times);
        Assert.Equal(times.Count, times.Distinct().Count());
        Assert.All(times, t => Assert.Equal(TimeSpan.Zero, t.Offset));
    }

    [ContractFact]
    public async Task Outcomes_are_reported_in_batch_order()
    {
        var store = await StoreWithAsync(WithSecretariat());
        var result = await store.WriteAsync(Batch.Of(
            new Upsert(Official("rashid-alimov", "Rashid Alimov", "TJK", "Rashid Kutbiddinovich Alimov")),
            new Upsert(Official("zhang-ming", "Zhang Ming", "KAZ")),
            new Retract("bolat-nurgaliyev", "test"),
            new Retract("ghost", "test")), None);

        Assert.Equal([0, 1, 2, 3], result.Items.Select(i => i.Index));
        Assert.Equal([WriteOutcome.Unchanged, WriteOutcome.Created, WriteOutcome.Retracted, WriteOutcome.NotFound],
            result.Items.Select(i => i.Outcome));
    }
}
