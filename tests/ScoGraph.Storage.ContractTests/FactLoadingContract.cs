using ScoGraph.Domain.Facts;
using ScoGraph.Domain.Model;
using ScoGraph.Domain.Ports;
using ScoGraph.Domain.Time;
using static ScoGraph.Storage.ContractTests.Samples;

namespace ScoGraph.Storage.ContractTests;

/// <summary>
/// Batched fact loads for a valid date: imprecise bounds give POSSIBLE answers, open ends still hold, and the
/// answers match the domain's <see cref="ValidityBounds"/> rules exactly.
/// </summary>
public abstract class FactLoadingContract : StoreContract
{
    private static FactQuery HoldsPost(string official, string day, bool certainOnly = false) =>
        new([official], Predicates: [Predicates.HoldsPost], AsOf: DateOnly.Parse(day), CertainOnly: certainOnly);

    [ContractTheory]
    [InlineData("2017-03-01", Certainty.Certain)]
    [InlineData("2016-01-01", Certainty.Possible)]
    [InlineData("2016-12-30", Certainty.Possible)]
    [InlineData("2016-12-31", Certainty.Certain)]
    [InlineData("2017-01-01", Certainty.Certain)]
    [InlineData("2018-12-31", Certainty.Possible)]
    [InlineData("2018-01-01", Certainty.Certain)]
    [InlineData("2018-01-02", Certainty.Possible)]
    [InlineData("2017-12-31", Certainty.Certain)]
    public async Task A_tenure_known_to_the_year_is_certain_inside_and_possible_at_its_imprecise_ends(string day, Certainty expected)
    {
        var store = await StoreWithAsync([.. WithSecretariat(), Tenure("rashid-alimov", "2016", "2018")]);
        var fact = Assert.Single(await store.LoadFactsAsync(HoldsPost("rashid-alimov", day), None));
        Assert.Equal(expected, fact.Certainty);
        Assert.Equal("sco-secretary-general", fact.Fact.Object);
        Assert.Equal("rashid-alimov-sg", fact.Fact.ItemId);
        Assert.Equal(EntityKind.Tenure, fact.Fact.ItemKind);
    }

    [ContractTheory]
    [InlineData("2015-12-31")]
    [InlineData("2019-01-01")]
    [InlineData("0001-01-01")]
    public async Task A_tenure_does_not_hold_outside_every_reading_of_its_bounds(string day)
    {
        var store = await StoreWithAsync([.. WithSecretariat(), Tenure("rashid-alimov", "2016", "2018")]);
        Assert.Empty(await store.LoadFactsAsync(HoldsPost("rashid-alimov", day), None));
    }

    [ContractFact]
    public async Task An_open_ended_tenure_still_holds_on_any_later_date()
    {
        var store = await StoreWithAsync([.. WithSecretariat(), Tenure("bolat-nurgaliyev", "2022-01-01", null)]);
        var fact = Assert.Single(await store.LoadFactsAsync(HoldsPost("bolat-nurgaliyev", "9999-12-31"), None));
        Assert.Equal(Certainty.Certain, fact.Certainty);
        Assert.Null(fact.Fact.Valid!.End);
        Assert.Empty(await store.LoadFactsAsync(HoldsPost("bolat-nurgaliyev", "2021-12-31"), None));
    }

    [ContractFact]
    public async Task Certain_only_drops_the_facts_that_only_possibly_hold()
    {
        var store = await StoreWithAsync([.. WithSecretariat(), Tenure("rashid-alimov", "2016", "2018")]);
        Assert.Empty(await store.LoadFactsAsync(HoldsPost("rashid-alimov", "2016-06-01", certainOnly: true), None));
        Assert.Single(await store.LoadFactsAsync(HoldsPost("rashid-alimov", "2017-06-01", certainOnly: true), None));
    }

    [ContractFact]
    public async Task The_certainty_always_agrees_with_the_domain_rule()
    {
        var tenures = new[] { Tenure("rashid-alimov", "2016-03", "2018-11-15"), Tenure("bolat-nurgaliyev", "2007", null) };
        var store = await StoreWithAsync([.. WithSecretariat(), .. tenures]);
        for (var day = new DateOnly(2006, 12, 1); day <= new DateOnly(2019, 1, 31); day = day.AddDays(17))
        {
            var facts = await store.LoadFactsAsync(new FactQuery(["rashid-alimov", "bolat-nurgaliyev"],
                Predicates: [Predicates.HoldsPost], AsOf: day), None);
            foreach (var tenure in tenures)
            {
                var expected = tenure.Period.HoldsOn(day);
                var actual = facts.SingleOrDefault(f => f.Fact.ItemId == tenure.Id)?.Certainty;
                Assert.True(expected == actual, $"{tenure.Id} on {day}: expected {expected}, got {actual}");
            }
        }
    }

    [ContractFact]
    public async Task Random_imprecise_and_open_periods_answer_exactly_as_the_domain_rule_on_random_days()
    {
        var random = new Random(20260523);
        PartialDate RandomDate(int year) => random.Next(3) switch
        {
            0 => PartialDate.OfYear(year),
            1 => PartialDate.OfMonth(year, random.Next(1, 13)),
            _ => PartialDate.OfDay(DateOnly.FromDayNumber(new DateOnly(year, 1, 1).DayNumber + random.Next(365))),
        };
        var tenures = Enumerable.Range(0, 60).Select(i =>
        {
            var start = random.Next(1990, 2020);
            var end = random.Next(5) == 0 ? (PartialDate?)null : RandomDate(start + 1 + random.Next(6));
            return new Tenure
            {
                Id = $"t{i:D2}", Official = "rashid-alimov", Post = "sco-secretary-general",
                Period = new Period(random.Next(8) == 0 ? null : RandomDate(start), end),
            };
        }).ToArray();
        var store = await StoreWithAsync([.. WithSecretariat(), .. tenures]);

        for (var probe = 0; probe < 150; probe++)
        {
            var day = DateOnly.FromDayNumber(new DateOnly(1989, 1, 1).DayNumber + random.Next(40 * 365));
            var certainOnly = probe % 4 == 0;
            var facts = await store.LoadFactsAsync(new FactQuery(["sco-secretary-general"], FactDirection.Incoming,
                [Predicates.HoldsPost], day, certainOnly), None);
            foreach (var tenure in tenures)
            {
                var expected = tenure.Period.HoldsOn(day) is Certainty c && (!certainOnly || c == Certainty.Certain) ? c : (Certainty?)null;
                var actual = facts.SingleOrDefault(f => f.Fact.ItemId == tenure.Id)?.Certainty;
                Assert.True(expected == actual, $"{tenure.Id} {tenure.Period} on {day} (certain only: {certainOnly}): expected {expected}, got {actual}");
            }
        }
    }

    [ContractFact]
    public async Task Facts_of_many_subjects_load_in_one_call_ordered_by_subject_predicate_and_start()
    {
        var store = await StoreWithAsync([.. WithSecretariat(),
            Tenure("rashid-alimov", "2016", "2018"), Tenure("bolat-nurgaliyev", "2007", "2009")]);
        var facts = await store.LoadFactsAsync(new FactQuery(["rashid-alimov", "bolat-nurgaliyev", "nobody"]), None);

        var keys = facts.Select(f => (f.Fact.Subject, f.Fact.Predicate)).ToArray();
        Assert.Equal(keys.OrderBy(k => k.Subject, StringComparer.Ordinal).ThenBy(k => k.Predicate, StringComparer.Ordinal), keys);
        Assert.Contains(facts, f => f.Fact is { Subject: "rashid-alimov", Predicate: Predicates.Name, Value: "Rashid Alimov" });
        Assert.Contains(facts, f => f.Fact is { Subject: "bolat-nurgaliyev", Predicate: Predicates.Nationality, Object: "KAZ" });
        Assert.Contains(facts, f => f.Fact is { Subject: "bolat-nurgaliyev", Predicate: Predicates.HoldsPost });
        Assert.All(facts, f => Assert.Equal(Certainty.Certain, f.Certainty));
    }

    [ContractFact]
    public async Task Incoming_facts_find_who_held_a_post_on_a_date()
    {
        var store = await StoreWithAsync([.. WithSecretariat(),
            Tenure("rashid-alimov", "2016-01-01", "2018-12-31"), Tenure("bolat-nurgaliyev", "2007-01-01", "2009-12-31")]);
        var holders = await store.LoadFactsAsync(new FactQuery(["sco-secretary-general"], FactDirection.Incoming,
            [Predicates.HoldsPost], DateOnly.Parse("2008-05-01")), None);
        Assert.Equal("bolat-nurgaliyev", Assert.Single(holders).Fact.Subject);
    }

    [ContractFact]
    public async Task A_predicate_set_limits_the_facts_and_an_empty_one_returns_none()
    {
        var store = await StoreWithAsync(WithSecretariat());
        var names = await store.LoadFactsAsync(new FactQuery(["IND", "KAZ"], Predicates: [Predicates.Name, Predicates.Iso3]), None);
        Assert.Equal(4, names.Count);
        Assert.All(names, f => Assert.Contains(f.Fact.Predicate, new[] { Predicates.Name, Predicates.Iso3 }));
        Assert.Empty(await store.LoadFactsAsync(new FactQuery(["IND"], Predicates: []), None));
    }

    [ContractFact]
    public async Task Timeless_facts_hold_on_every_date()
    {
        var store = await StoreWithAsync(Basics());
        var fact = Assert.Single(await store.LoadFactsAsync(new FactQuery(["IND"], Predicates: [Predicates.Name],
            AsOf: new DateOnly(1, 1, 1), CertainOnly: true), None));
        Assert.Null(fact.Fact.Valid);
        Assert.Equal("India", fact.Fact.Value);
    }

    [ContractFact]
    public async Task Facts_carry_their_sources_and_a_citation_carries_its_quote()
    {
        var store = await StoreWithAsync([.. WithSecretariat(), Tenure("rashid-alimov", "2016", "2018")]);
        var facts = await store.LoadFactsAsync(new FactQuery(["rashid-alimov-sg"], Predicates: [Predicates.Cites, Predicates.Start]), None);

        var cite = Assert.Single(facts, f => f.Fact.Predicate == Predicates.Cites);
        Assert.Equal("src-about", cite.Fact.Object);
        Assert.Equal("held the post", cite.Fact.Value);
        var start = Assert.Single(facts, f => f.Fact.Predicate == Predicates.Start);
        Assert.Equal([new SourceRef("src-about", "held the post")], start.Fact.Sources);
    }

    [ContractFact]
    public async Task Loaded_facts_are_exactly_the_projection_of_the_stored_versions()
    {
        var meeting = Summit("2017-astana-summit", "Astana summit", "2017-06-08", "2017-06-09");
        var store = await StoreWithAsync([.. Basics(), meeting]);
        var facts = await store.LoadFactsAsync(new FactQuery(["2017-astana-summit"]), None);
        var projected = FactProjection.Project(meeting).Where(f => f.Subject == meeting.Id).ToArray();

        Assert.Equal(projected.Length, facts.Count);
        Assert.All(projected, p => Assert.Contains(facts, f => f.Fact.Predicate == p.Predicate && f.Fact.Value == p.Value
            && f.Fact.Object == p.Object && f.Fact.Valid == p.Valid && f.Fact.Origin == p.Origin));
    }

    [ContractFact]
    public async Task A_query_without_ids_is_refused()
    {
        var store = await StoreWithAsync(Basics());
        await Assert.ThrowsAnyAsync<ArgumentException>(() => store.LoadFactsAsync(new FactQuery(null!), None));
    }
}
