using ScoGraph.Domain.Model;
using ScoGraph.Domain.Ports;
using ScoGraph.Domain.Serialization;
using ScoGraph.Storage.ContractTests;
using ScoGraph.Storage.Neo4j.Writing;
using static ScoGraph.Storage.ContractTests.Samples;

namespace ScoGraph.Storage.Neo4j.Tests.Store;

/// <summary>The decisions of a write batch, made in C# from the batch and the latest stored versions (no server).</summary>
public sealed class BatchPlanSpecs
{
    private static readonly IReadOnlyDictionary<int, IReadOnlyCollection<string>> NoClaims = new Dictionary<int, IReadOnlyCollection<string>>();

    private static Dictionary<string, StoredLatest> Stored(params Entity[] entities) => entities.ToDictionary(
        e => e.Id, e => new StoredLatest(e.Id, e.Kind, 1, true, EntityJson.Serialize(e)), StringComparer.Ordinal);

    [Fact]
    public void New_ids_are_created_and_their_identity_nodes_planned()
    {
        var plan = BatchPlan.Build(Batch.Upserting(Basics()), new Dictionary<string, StoredLatest>(), NoClaims);
        Assert.All(plan.Results, r => Assert.Equal(WriteOutcome.Created, r.Outcome));
        Assert.Equal(Basics().Length, plan.NewItems.Count);
        Assert.All(plan.Versions, v => Assert.Equal(1, v.Revision));
        Assert.Empty(plan.Retractions);
    }

    [Fact]
    public void Same_content_is_unchanged_and_changed_content_supersedes_the_stored_version()
    {
        var stored = Stored([.. WithSecretariat()]);
        var plan = BatchPlan.Build(Batch.Upserting(State("IND", "India", "Republic of India", "Bharat"), State("KAZ", "Qazaqstan")), stored, NoClaims);

        Assert.Equal([WriteOutcome.Unchanged, WriteOutcome.Superseded], plan.Results.Select(r => r.Outcome));
        var version = Assert.Single(plan.Versions);
        Assert.Equal((2, 1), (version.Revision, version.Supersedes!.Value));
        var retraction = Assert.Single(plan.Retractions);
        Assert.Equal(("KAZ", 1, "superseded by revision 2"), (retraction.ItemId, retraction.Revision, retraction.Reason));
        Assert.Empty(plan.NewItems);
    }

    [Fact]
    public void A_later_upsert_in_the_batch_retracts_the_earlier_one_at_the_same_instant()
    {
        var plan = BatchPlan.Build(Batch.Upserting(Source("src-x", "first"), Source("src-x", "second")), Stored(Basics()), NoClaims);
        Assert.Equal([WriteOutcome.Created, WriteOutcome.Superseded], plan.Results.Select(r => r.Outcome));
        Assert.Equal("superseded by revision 2", plan.Versions[0].RetractionReason);
        Assert.Null(plan.Versions[1].RetractionReason);
        Assert.Empty(plan.Retractions);
    }

    [Fact]
    public void A_kind_change_and_a_dangling_reference_are_refused_with_the_sqlite_messages()
    {
        var kind = Assert.Throws<WriteRejectedException>(() =>
            BatchPlan.Build(Batch.Upserting(Official("IND", "Someone", "KAZ")), Stored(Basics()), NoClaims));
        Assert.Equal("the id \"IND\" already belongs to a state; it cannot become a official", kind.Reason);

        var dangling = Assert.Throws<WriteRejectedException>(() => BatchPlan.Build(Batch.Upserting(
            State("UZB", "Uzbekistan"), Tenure("rashid-alimov", "2016", "2018"), Tenure("nobody-known", "2019", "2021")),
            Stored([.. WithSecretariat()]), NoClaims));
        Assert.Equal(2, dangling.ItemIndex);
        Assert.Equal("tenure \"nobody-known-sg\" refers to \"nobody-known\", which is neither in the batch nor in the store", dangling.Reason);
    }

    [Fact]
    public void References_may_point_forward_in_the_batch_but_not_at_an_id_the_batch_retracts()
    {
        var forward = BatchPlan.Build(Batch.Upserting(Tenure("rashid-alimov", "2016", "2018"), SecretaryGeneral(),
            Official("rashid-alimov", "Rashid Alimov", "TJK")), Stored(Basics()), NoClaims);
        Assert.Equal(3, forward.Results.Count(r => r.Outcome == WriteOutcome.Created));

        var retracted = Assert.Throws<WriteRejectedException>(() => BatchPlan.Build(Batch.Of(
            new Upsert(Official("zhang-ming", "Zhang Ming", "KAZ")), new Retract("KAZ", "gone")), Stored(Basics()), NoClaims));
        Assert.Equal(0, retracted.ItemIndex);
    }

    [Fact]
    public void Bad_items_are_refused_before_anything_is_decided()
    {
        Assert.Contains("no id", Assert.Throws<WriteRejectedException>(() =>
            BatchPlan.Build(Batch.Upserting(State("", "Nowhere")), Stored(Basics()), NoClaims)).Reason);
        Assert.Contains("ends before it starts", Assert.Throws<WriteRejectedException>(() =>
            BatchPlan.Build(Batch.Upserting(Tenure("rashid-alimov", "2018", "2016")), Stored([.. WithSecretariat()]), NoClaims)).Reason);
        Assert.Contains("gives no reason", Assert.Throws<WriteRejectedException>(() =>
            BatchPlan.Build(Batch.Retracting("IND", " "), Stored(Basics()), NoClaims)).Reason);
    }

    [Fact]
    public void Retractions_report_the_revision_or_not_found()
    {
        var plan = BatchPlan.Build(Batch.Of(new Retract("IND", "test"), new Retract("ghost", "test"), new Retract("IND", "again")),
            Stored(Basics()), NoClaims);
        Assert.Equal([WriteOutcome.Retracted, WriteOutcome.NotFound, WriteOutcome.NotFound], plan.Results.Select(r => r.Outcome));
        Assert.Equal(1, plan.Results[0].Revision);
        Assert.Equal("test", Assert.Single(plan.Retractions).Reason);
    }

    [Fact]
    public void Claim_retractions_see_stored_claims_and_claims_written_earlier_in_the_batch()
    {
        var stored = EntryIntoForceClaim("2014", "src-seed");
        var inBatch = EntryIntoForceClaim("2017-01-20", "src-about");
        var storedVersions = Stored([.. Basics(), RoadTransport(), stored]);
        var batch = Batch.Of(new Upsert(inBatch), new RetractClaims("road-transport", "entryIntoForce", null, "cleanup"));
        var claims = new Dictionary<int, IReadOnlyCollection<string>> { [1] = [stored.Id] };

        var plan = BatchPlan.Build(batch, storedVersions, claims);

        var retracted = plan.Results[1];
        Assert.Equal(WriteOutcome.Retracted, retracted.Outcome);
        Assert.Equal(new[] { stored.Id, inBatch.Id }.Order(StringComparer.Ordinal), retracted.ItemIds);
        Assert.Null(retracted.Revision);
        Assert.Equal("cleanup", plan.Versions.Single().RetractionReason);
        Assert.Equal(stored.Id, plan.Retractions.Single().ItemId);
    }

    [Fact]
    public void The_ids_to_load_are_the_touched_ids_their_references_and_the_claims_found()
    {
        var ids = BatchPlan.IdsToLoad(Batch.Of(new Upsert(Tenure("rashid-alimov", "2016", "2018")), new Retract("IND", "x")), ["claim:a"]);
        Assert.Equal(new[] { "IND", "claim:a", "rashid-alimov", "rashid-alimov-sg", "sco-secretary-general", "src-about" }.Order(StringComparer.Ordinal), ids);
    }
}
