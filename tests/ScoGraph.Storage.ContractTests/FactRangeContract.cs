using ScoGraph.Domain.Facts;
using ScoGraph.Domain.Model;
using ScoGraph.Domain.Ports;
using ScoGraph.Domain.Time;
using static ScoGraph.Storage.ContractTests.Samples;

namespace ScoGraph.Storage.ContractTests;

/// <summary>"What changed between two dates": dated facts overlapping a range, earliest first.</summary>
public abstract class FactRangeContract : StoreContract
{
    private static DateOnly Day(string text) => DateOnly.Parse(text);

    private async Task<ITimelineStore> HistoryStoreAsync() => await StoreWithAsync([.. WithSecretariat(),
        Change("IND", MembershipStatus.None, MembershipStatus.Observer, "2005-07-05"),
        Change("IND", MembershipStatus.Observer, MembershipStatus.Member, "2017-06-09"),
        Change("PAK", MembershipStatus.Observer, MembershipStatus.Member, "2017-06-09"),
        Change("BLR", MembershipStatus.Observer, MembershipStatus.Member, "2024-07-04"),
        Tenure("rashid-alimov", "2016", "2018"),
        Tenure("bolat-nurgaliyev", "2007-01-01", null),
        RoadTransport("2017")]);

    [ContractFact]
    public async Task Facts_overlapping_the_range_come_earliest_first()
    {
        var store = await HistoryStoreAsync();
        var facts = await store.FactsInRangeAsync(new FactRangeQuery(Day("2017-01-01"), Day("2017-12-31"),
            [Predicates.MembershipChange, Predicates.EntryIntoForce, Predicates.Signed, Predicates.HoldsPost]), None);

        Assert.Contains(facts, f => f.Fact is { ItemId: "ind-sco-2017-06-09-member", Predicate: Predicates.MembershipChange, Value: "MEMBER" });
        Assert.Contains(facts, f => f.Fact is { ItemId: "pak-sco-2017-06-09-member", Predicate: Predicates.MembershipChange });
        Assert.Contains(facts, f => f.Fact is { ItemId: "road-transport", Predicate: Predicates.EntryIntoForce } && f.Certainty == Certainty.Certain);
        Assert.Contains(facts, f => f.Fact is { ItemId: "rashid-alimov-sg", Predicate: Predicates.HoldsPost } && f.Certainty == Certainty.Certain);
        Assert.DoesNotContain(facts, f => f.Fact.Predicate == Predicates.Signed);
        Assert.DoesNotContain(facts, f => f.Fact.ItemId is "blr-sco-2024-07-04-member" or "ind-sco-2005-07-05-observer");
        var starts = facts.Select(f => f.Fact.Bounds.StartEarliest!.Value).ToArray();
        Assert.Equal(starts.Order(), starts);
    }

    [ContractFact]
    public async Task Without_predicates_the_range_holds_the_domain_event_predicates()
    {
        var store = await HistoryStoreAsync();
        var facts = await store.FactsInRangeAsync(new FactRangeQuery(Day("2000-01-01"), Day("2030-12-31")), None);
        Assert.NotEmpty(facts);
        Assert.All(facts, f => Assert.Contains(f.Fact.Predicate, Predicates.Events));
    }

    [ContractFact]
    public async Task An_event_known_to_the_year_is_certain_for_that_year_and_possible_for_a_month_of_it()
    {
        var store = await HistoryStoreAsync();
        var year = await store.FactsInRangeAsync(new FactRangeQuery(Day("2017-01-01"), Day("2017-12-31"), [Predicates.EntryIntoForce]), None);
        var month = await store.FactsInRangeAsync(new FactRangeQuery(Day("2017-03-01"), Day("2017-03-31"), [Predicates.EntryIntoForce]), None);
        var certainMonth = await store.FactsInRangeAsync(
            new FactRangeQuery(Day("2017-03-01"), Day("2017-03-31"), [Predicates.EntryIntoForce], CertainOnly: true), None);

        Assert.Equal(Certainty.Certain, Assert.Single(year).Certainty);
        Assert.Equal(Certainty.Possible, Assert.Single(month).Certainty);
        Assert.Empty(certainMonth);
    }

    [ContractFact]
    public async Task A_long_open_period_reaches_into_a_much_later_range()
    {
        var store = await HistoryStoreAsync();
        var facts = await store.FactsInRangeAsync(new FactRangeQuery(Day("2024-01-01"), Day("2024-12-31"), [Predicates.HoldsPost]), None);
        Assert.Equal("bolat-nurgaliyev", Assert.Single(facts).Fact.Subject);
    }

    [ContractFact]
    public async Task Timeless_facts_are_never_in_a_range()
    {
        var store = await HistoryStoreAsync();
        var facts = await store.FactsInRangeAsync(new FactRangeQuery(Day("0001-01-01"), Day("9999-12-31"), [Predicates.Name, Predicates.Cites]), None);
        Assert.Empty(facts);
    }

    [ContractFact]
    public async Task The_limit_keeps_the_earliest_facts()
    {
        var store = await HistoryStoreAsync();
        var all = await store.FactsInRangeAsync(new FactRangeQuery(Day("2000-01-01"), Day("2030-12-31")), None);
        var first3 = await store.FactsInRangeAsync(new FactRangeQuery(Day("2000-01-01"), Day("2030-12-31"), Limit: 3), None);
        Assert.True(all.Count > 3);
        Assert.Equal(all.Take(3).Select(f => (f.Fact.ItemId, f.Fact.Predicate)), first3.Select(f => (f.Fact.ItemId, f.Fact.Predicate)));
    }

    [ContractFact]
    public async Task Retracted_events_leave_the_range_but_stay_in_the_past()
    {
        var store = await HistoryStoreAsync();
        var retraction = await store.WriteAsync(Batch.Retracting("blr-sco-2024-07-04-member", "test"), None);
        var range = new FactRangeQuery(Day("2024-01-01"), Day("2024-12-31"));
        Assert.DoesNotContain(await store.FactsInRangeAsync(range, None), f => f.Fact.ItemId == "blr-sco-2024-07-04-member");
        Assert.Contains(await store.FactsInRangeAsync(range with { KnownAt = retraction.RecordedAt.AddTicks(-1) }, None),
            f => f.Fact.ItemId == "blr-sco-2024-07-04-member");
    }

    [ContractFact]
    public async Task A_range_that_ends_before_it_starts_is_refused()
    {
        var store = await HistoryStoreAsync();
        await Assert.ThrowsAnyAsync<ArgumentException>(() =>
            store.FactsInRangeAsync(new FactRangeQuery(Day("2020-01-01"), Day("2019-01-01")), None));
    }
}
