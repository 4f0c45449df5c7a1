using ScoGraph.Domain.Time;
using ScoGraph.Domain.Timelines;
using static ScoGraph.Domain.Tests.SampleGraph;

namespace ScoGraph.Domain.Tests.Timelines;

public class ChangesSpecs
{
    [Fact]
    public void Changes_in_2017_are_the_status_change_the_summit_and_the_entry_into_force()
    {
        var report = Changes.Between(new DateOnly(2017, 1, 1), new DateOnly(2017, 12, 31), FactsOf(All));

        Assert.Equal(["IND"], report.StatusChanges.Select(e => e.Fact.Fact.Subject));
        Assert.Equal(["2017-astana-summit"], report.Meetings.Select(e => e.ItemId));
        Assert.Equal(["sco-road-transport-agreement"], report.AgreementsInForce.Select(e => e.ItemId));
        Assert.Empty(report.AgreementsSigned);
        Assert.Empty(report.HolderChanges);
    }

    [Fact]
    public void A_tenure_known_to_the_year_possibly_changes_hands_in_part_of_that_year()
    {
        var report = Changes.Between(new DateOnly(2016, 1, 1), new DateOnly(2016, 3, 31), FactsOf(All));

        var started = Assert.Single(report.HolderChanges);
        Assert.Equal((TimelineEventKind.TenureStarted, Certainty.Possible), (started.Kind, started.Certainty));
    }

    [Fact]
    public void Claims_are_not_reported_as_changes()
    {
        var report = Changes.Between(new DateOnly(2014, 1, 1), new DateOnly(2014, 12, 31), FactsOf(All));

        Assert.Equal(["sco-road-transport-agreement"], report.AgreementsSigned.Select(e => e.ItemId));
        Assert.Empty(report.AgreementsInForce);
    }
}
