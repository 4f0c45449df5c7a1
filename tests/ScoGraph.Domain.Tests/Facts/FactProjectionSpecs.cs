using ScoGraph.Domain.Facts;
using ScoGraph.Domain.Model;
using static ScoGraph.Domain.Tests.SampleGraph;

namespace ScoGraph.Domain.Tests.Facts;

public class FactProjectionSpecs
{
    private static Fact Single(Entity entity, string predicate) =>
        Assert.Single(FactProjection.Project(entity), f => f.Predicate == predicate);

    [Fact]
    public void A_tenure_states_that_the_official_holds_the_post_over_its_period()
    {
        var fact = Single(AlimovTerm, Predicates.HoldsPost);

        Assert.Equal(("rashid-alimov", "sco-secretary-general", FactOrigin.Relation), (fact.Subject, fact.Object, fact.Origin));
        Assert.Equal(AlimovTerm.Period, fact.Valid);
        Assert.Equal("rashid-alimov-sg", fact.ItemId);
        Assert.Equal(AlimovTerm.Sources, fact.Sources);
    }

    [Fact]
    public void An_organization_that_was_succeeded_links_to_its_successor_for_all_time()
    {
        var shanghaiFive = new Organization { Id = "shanghai-five", Name = "Shanghai Five", SucceededBy = "sco" };

        var fact = Single(shanghaiFive, Predicates.SucceededBy);

        Assert.Equal(("shanghai-five", "sco", FactOrigin.Relation), (fact.Subject, fact.Object, fact.Origin));
        Assert.Null(fact.Valid);
    }

    [Fact]
    public void Date_fields_are_field_facts_valid_on_their_date()
    {
        var fact = Single(RoadTransport, Predicates.EntryIntoForce);

        Assert.Equal((FactOrigin.Field, "sco-road-transport-agreement", "2017-01-20"), (fact.Origin, fact.Subject, fact.Value));
        Assert.Equal(D("2017-01-20"), fact.Valid!.Start);
        Assert.Equal(D("2017-01-20"), fact.Valid.End);
    }

    [Fact]
    public void A_membership_change_links_state_and_organization_on_its_effective_date_with_the_new_status()
    {
        var fact = Single(IndiaMember, Predicates.MembershipChange);

        Assert.Equal(("IND", "sco", "MEMBER"), (fact.Subject, fact.Object, fact.Value));
        Assert.Equal(D("2017-06-09"), fact.Valid!.Start);
        Assert.Equal("2017-astana-summit", Single(IndiaMember, Predicates.DecidedAt).Object);
    }

    [Fact]
    public void Meeting_participants_and_host_hold_while_the_meeting_takes_place()
    {
        var facts = FactProjection.Project(Astana);

        var participants = facts.Where(f => f.Predicate == Predicates.ParticipatedIn).ToArray();
        Assert.Equal(["IND", "rashid-alimov"], participants.Select(f => f.Subject));
        Assert.All(participants, f => Assert.Equal(Astana.Period, f.Valid));
        Assert.Equal("Secretary-General", participants[1].Value);
        Assert.Equal(Astana.Period, Single(Astana, Predicates.HostedBy).Valid);
        Assert.Equal("HEADS_OF_STATE", Single(Astana, Predicates.Kind).Value);
        Assert.Equal("false", Single(Astana, Predicates.Virtual).Value);
    }

    [Fact]
    public void A_party_is_party_to_an_agreement_from_its_accession_or_signature()
    {
        var parties = FactProjection.Project(RoadTransport).Where(f => f.Predicate == Predicates.PartyTo).ToArray();

        Assert.Equal([("IND", "2019"), ("KAZ", "2014-09-12")], parties.Select(p => (p.Subject, p.Valid!.Start.ToString())));
        Assert.All(parties, p => Assert.Null(p.Valid!.End));
    }

    [Fact]
    public void A_claim_is_one_claim_fact_on_its_subject_and_predicate()
    {
        var fact = Assert.Single(FactProjection.Project(InForce2014), f => f.Origin == FactOrigin.Claim);

        Assert.Equal(("sco-road-transport-agreement", "entryIntoForce", "2014", (object?)null), (fact.Subject, fact.Predicate, fact.Value, (object?)fact.Valid));
        Assert.Equal(InForce2014.Id, fact.ItemId);
    }

    [Fact]
    public void Every_cited_source_is_a_cites_relation_with_its_quote()
    {
        var cites = FactProjection.Project(AlimovTerm).Where(f => f.Predicate == Predicates.Cites).ToArray();

        Assert.Equal([("rashid-alimov-sg", "sectsco-page", "Rashid Alimov in 2016-2018")], cites.Select(c => (c.Subject, c.Object, c.Value)));
    }

    [Fact]
    public void Absent_optional_fields_give_no_facts()
    {
        var bare = new Official { Id = "x", Name = "X" };

        Assert.Equal([Predicates.Name], FactProjection.Project(bare).Select(f => f.Predicate));
    }

    [Fact]
    public void Projection_is_deterministic()
    {
        foreach (var entity in All)
            Assert.Equal(FactProjection.Project(entity), FactProjection.Project(entity), new FactComparer());
    }

    private sealed class FactComparer : IEqualityComparer<Fact>
    {
        public bool Equals(Fact? a, Fact? b) => a! with { Sources = [] } == b! with { Sources = [] } && a.Sources.SequenceEqual(b.Sources);
        public int GetHashCode(Fact f) => f.Predicate.GetHashCode();
    }
}
