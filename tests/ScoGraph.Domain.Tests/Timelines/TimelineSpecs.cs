using ScoGraph.Domain.Time;
using ScoGraph.Domain.Timelines;
using static ScoGraph.Domain.Tests.SampleGraph;

namespace ScoGraph.Domain.Tests.Timelines;

public class TimelineSpecs
{
    private static string Show(TimelineEvent e) => $"{e.Date} {e.Kind} {e.ItemId}";

    [Fact]
    public void A_state_timeline_orders_its_events_by_date_then_kind()
    {
        var timeline = Timeline.Build("IND", FactsOf(All));

        Assert.Equal(
        [
            "2017-06-08 ParticipatedInMeeting 2017-astana-summit",
            "2017-06-09 MembershipChanged IND-member-2017",
            "2019 JoinedAgreement sco-road-transport-agreement",
        ], timeline.Select(Show));
    }

    [Fact]
    public void An_agreement_timeline_shows_signature_parties_entry_into_force_and_disputed_dates_by_first_possible_day()
    {
        var timeline = Timeline.Build("sco-road-transport-agreement", FactsOf(All));

        Assert.Equal(
        [
            $"2014 Claimed {InForce2014.Id}",
            "2014-09-12 Signed sco-road-transport-agreement",
            "2014-09-12 JoinedAgreement sco-road-transport-agreement",
            "2017-01-20 EnteredIntoForce sco-road-transport-agreement",
            $"2017-01-20 Claimed {InForce2017.Id}",
            "2019 JoinedAgreement sco-road-transport-agreement",
        ], timeline.Select(Show));
    }

    [Fact]
    public void A_post_timeline_shows_its_holders_coming_and_going_with_the_dates_precision()
    {
        var timeline = Timeline.Build("sco-secretary-general", FactsOf(All));

        Assert.Equal(["2016 TenureStarted rashid-alimov-sg", "2018 TenureEnded rashid-alimov-sg"], timeline.Select(Show));
        Assert.All(timeline, e => Assert.Equal(DatePrecision.Year, e.Precision));
        Assert.Equal(AlimovTerm.Sources, timeline[0].Sources);
    }

    [Fact]
    public void A_host_state_sees_the_meeting_it_hosted_and_the_meeting_sees_itself_once()
    {
        Assert.Equal(
            ["2014-09-12 JoinedAgreement sco-road-transport-agreement", "2017-06-08 MeetingHosted 2017-astana-summit"],
            Timeline.Build("KAZ", FactsOf(All)).Select(Show));
        Assert.Equal(["2017-06-08 MeetingHeld 2017-astana-summit"], Timeline.Build("2017-astana-summit", FactsOf(All)).Select(Show));
    }

    [Fact]
    public void A_range_keeps_events_possibly_in_it_with_their_certainty()
    {
        var timeline = Timeline.Build("sco-road-transport-agreement", FactsOf(All), new DateOnly(2014, 9, 1), new DateOnly(2014, 9, 30));

        Assert.Equal(
            [("Claimed", Certainty.Possible), ("Signed", Certainty.Certain), ("JoinedAgreement", Certainty.Certain)],
            timeline.Select(e => (e.Kind.ToString(), e.Certainty)));
    }

    [Fact]
    public void The_same_fact_given_twice_gives_its_events_once()
    {
        var facts = FactsOf(AlimovTerm);

        Assert.Equal(2, Timeline.Build("rashid-alimov", [.. facts, .. facts]).Count);
    }
}
