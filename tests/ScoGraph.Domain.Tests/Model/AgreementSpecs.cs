using ScoGraph.Domain.Time;
using static ScoGraph.Domain.Tests.SampleGraph;

namespace ScoGraph.Domain.Tests.Model;

public class AgreementSpecs
{
    [Theory]
    [InlineData("2017-01-19", null)]
    [InlineData("2017-01-20", Certainty.Certain)]
    [InlineData("2030-01-01", Certainty.Certain)]
    public void An_agreement_is_in_force_from_its_entry_into_force(string day, Certainty? expected)
    {
        Assert.Equal(expected, RoadTransport.InForce()!.HoldsOn(DateOnly.Parse(day)));
    }

    [Fact]
    public void An_entry_into_force_known_to_the_year_makes_that_year_possible()
    {
        var agreement = RoadTransport with { EntryIntoForce = D("2012") };

        Assert.Equal(Certainty.Possible, agreement.InForce()!.HoldsOn(new DateOnly(2012, 6, 1)));
        Assert.Null((RoadTransport with { EntryIntoForce = null }).InForce());
    }
}
