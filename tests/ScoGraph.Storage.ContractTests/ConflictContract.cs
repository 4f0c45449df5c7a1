using ScoGraph.Domain.Facts;
using ScoGraph.Domain.Model;
using ScoGraph.Domain.Ports;
using static ScoGraph.Storage.ContractTests.Samples;

namespace ScoGraph.Storage.ContractTests;

/// <summary>Facts that disagree are all kept and listed side by side as conflicts.</summary>
public abstract class ConflictContract : StoreContract
{
    [ContractFact]
    public async Task A_claim_that_disagrees_with_the_entitys_own_field_is_a_conflict_and_both_are_kept()
    {
        var store = await StoreWithAsync([.. Basics(), RoadTransport("2017-01-20"), EntryIntoForceClaim("2014", "src-seed")]);
        var conflict = Assert.Single(await store.ListConflictsAsync(new ConflictQuery(), None));

        Assert.Equal(("road-transport", Predicates.EntryIntoForce), (conflict.Subject, conflict.Predicate));
        Assert.Equal(["2014", "2017-01-20"], conflict.Values);
        Assert.Contains(conflict.Facts, f => f.Fact.Origin == FactOrigin.Claim && f.Fact.Sources.Single().SourceId == "src-seed");
        Assert.Contains(conflict.Facts, f => f.Fact.Origin == FactOrigin.Field && f.Fact.ItemId == "road-transport");
    }

    [ContractFact]
    public async Task Two_claims_with_different_values_conflict_even_without_a_field()
    {
        var store = await StoreWithAsync([.. Basics(), RoadTransport(entryIntoForce: null),
            EntryIntoForceClaim("2014", "src-seed"), EntryIntoForceClaim("2017-01-20", "src-about")]);
        var conflict = Assert.Single(await store.ListConflictsAsync(new ConflictQuery(), None));
        Assert.Equal(2, conflict.Facts.Count);
        Assert.All(conflict.Facts, f => Assert.Equal(FactOrigin.Claim, f.Fact.Origin));
    }

    [ContractFact]
    public async Task Claims_that_agree_are_not_a_conflict()
    {
        var store = await StoreWithAsync([.. Basics(), RoadTransport("2017-01-20"), EntryIntoForceClaim("2017-01-20", "src-seed")]);
        Assert.Empty(await store.ListConflictsAsync(new ConflictQuery(), None));
    }

    [ContractFact]
    public async Task A_retracted_claim_stops_conflicting_but_the_past_still_shows_the_conflict()
    {
        var store = await StoreWithAsync([.. Basics(), RoadTransport("2017-01-20"), EntryIntoForceClaim("2014", "src-seed")]);
        var retraction = await store.WriteAsync(Batch.Of(new RetractClaims("road-transport", Predicates.EntryIntoForce, "2014", "contradicted by the SCO")), None);

        Assert.Empty(await store.ListConflictsAsync(new ConflictQuery(), None));
        Assert.Single(await store.ListConflictsAsync(new ConflictQuery(KnownAt: retraction.RecordedAt.AddTicks(-1)), None));
    }

    [ContractFact]
    public async Task Conflicts_can_be_limited_to_some_subjects()
    {
        var other = new Agreement { Id = "charter", Title = "SCO Charter", AgreementKind = AgreementKind.Charter, EntryIntoForce = Date("2003-09-19") };
        var store = await StoreWithAsync([.. Basics(), RoadTransport("2017-01-20"), EntryIntoForceClaim("2014", "src-seed"),
            other, Claim.Create("charter", Predicates.EntryIntoForce, "2003", [new SourceRef("src-seed")])]);

        Assert.Equal(2, (await store.ListConflictsAsync(new ConflictQuery(), None)).Count);
        Assert.Equal("charter", Assert.Single(await store.ListConflictsAsync(new ConflictQuery(["charter"]), None)).Subject);
        Assert.Empty(await store.ListConflictsAsync(new ConflictQuery([]), None));
    }

    [ContractFact]
    public async Task Relations_never_conflict()
    {
        var store = await StoreWithAsync([.. WithSecretariat(),
            Tenure("rashid-alimov", "2016", "2018"),
            new Tenure { Id = "alimov-again", Official = "rashid-alimov", Post = "sco-secretary-general", Period = Period("2019", "2020") }]);
        Assert.Empty(await store.ListConflictsAsync(new ConflictQuery(), None));
    }
}
