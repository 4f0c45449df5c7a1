using ScoGraph.Domain.Facts;
using ScoGraph.Domain.Model;
using static ScoGraph.Domain.Tests.SampleGraph;

namespace ScoGraph.Domain.Tests.Facts;

public class ConflictDetectorSpecs
{
    [Fact]
    public void A_claim_that_disagrees_with_the_field_is_a_conflict_that_keeps_every_fact()
    {
        var conflict = Assert.Single(ConflictDetector.Detect(FactsOf(RoadTransport, InForce2014, InForce2017)));

        Assert.Equal(("sco-road-transport-agreement", "entryIntoForce"), (conflict.Subject, conflict.Predicate));
        Assert.Equal(["2014", "2017-01-20"], conflict.Values);
        Assert.Equal(3, conflict.Facts.Count);
        Assert.Equal("entryIntoForce of sco-road-transport-agreement: \"2014\" (1 source) vs \"2017-01-20\" (1 source)", conflict.Description);
        Assert.Equal([FactOrigin.Field, FactOrigin.Claim, FactOrigin.Claim], conflict.Facts.Select(f => f.Fact.Origin).Order());
    }

    [Fact]
    public void Claims_that_agree_with_each_other_and_the_field_are_no_conflict()
    {
        Assert.Empty(ConflictDetector.Detect(FactsOf(RoadTransport, InForce2017)));
    }

    [Fact]
    public void Two_claims_disagreeing_without_a_field_are_a_conflict()
    {
        var a = Claim.Create("LAO", "scoStatusGrantedAt2025TianjinSummit", "DIALOGUE_PARTNER", [new("belta")]);
        var b = Claim.Create("LAO", "scoStatusGrantedAt2025TianjinSummit", "PARTNER", [new("tass")]);

        var conflict = Assert.Single(ConflictDetector.Detect(FactsOf(a, b, India)));
        Assert.Equal(["DIALOGUE_PARTNER", "PARTNER"], conflict.Values);
    }

    [Fact]
    public void Claims_of_a_multi_valued_predicate_never_conflict()
    {
        // An official attested in two posts, a state with two cities: several values, no disagreement.
        var post = Claim.Create("kassym-jomart-tokayev", Predicates.HeldPost, "kaz-foreign-minister", [new("seed")]);
        var otherPost = Claim.Create("kassym-jomart-tokayev", Predicates.HeldPost, "kaz-president", [new("akorda")]);
        var almaty = Claim.Create("KAZ", Predicates.CityAlias, "Almaty|Alma-Ata", [new("mfa-uz")]);
        var astana = Claim.Create("KAZ", Predicates.CityAlias, "Astana|Nur-Sultan", [new("news")]);

        Assert.Empty(ConflictDetector.Detect(FactsOf(post, otherPost, almaty, astana)));
    }

    [Fact]
    public void Relations_never_conflict_even_with_several_targets()
    {
        var second = new Tenure { Id = "alimov-other", Official = "rashid-alimov", Post = "tjk-foreign-minister", Period = new(D("1992"), D("1994")) };

        Assert.Empty(ConflictDetector.Detect(FactsOf(AlimovTerm, second, Astana)));
    }

    [Fact]
    public void A_year_and_a_day_in_that_year_still_disagree()
    {
        var year = Claim.Create("x", "end", "2022", []);
        var day = Claim.Create("x", "end", "2022-01-01", []);

        Assert.Single(ConflictDetector.Detect(FactsOf(year, day)));
    }

    [Fact]
    public void Claim_ids_depend_on_subject_predicate_and_value_only()
    {
        Assert.Equal(InForce2014.Id, Claim.IdFor("sco-road-transport-agreement", "entryIntoForce", "2014"));
        Assert.NotEqual(InForce2014.Id, InForce2017.Id);
        Assert.StartsWith("claim:sco-road-transport-agreement:entryIntoForce:", InForce2014.Id);
        Assert.Equal(InForce2014.Id, Claim.Create(InForce2014.Subject, InForce2014.Predicate, "2014", [new("other")]).Id);
    }
}
