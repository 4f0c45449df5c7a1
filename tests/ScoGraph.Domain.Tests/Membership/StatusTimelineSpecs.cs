using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ScoGraph.Domain.Membership;
using ScoGraph.Domain.Model;
using ScoGraph.Domain.Tests.Time;
using ScoGraph.Domain.Time;

namespace ScoGraph.Domain.Tests.Membership;

public class StatusTimelineSpecs
{
    internal static MembershipChange Change(string id, string state, MembershipStatus from, MembershipStatus to, string effective, string organization = "sco") => new()
    {
        Id = id, State = state, Organization = organization, From = from, To = to, Effective = PartialDate.Parse(effective),
    };

    private static readonly MembershipChange[] India =
    [
        Change("IND-member-2017", "IND", MembershipStatus.Observer, MembershipStatus.Member, "2017-06-09"),
        Change("IND-observer-2005", "IND", MembershipStatus.None, MembershipStatus.Observer, "2005-07-05"),
    ];

    [Fact]
    public void A_status_holds_from_its_change_until_the_day_before_the_next()
    {
        var periods = StatusTimeline.Derive(India).Of("IND").ToArray();

        Assert.Equal(
            [(MembershipStatus.None, (string?)null, (string?)"2005-07-05"),
             (MembershipStatus.Observer, "2005-07-05", "2017-06-09"),
             (MembershipStatus.Member, "2017-06-09", null)],
            periods.Select(p => (p.Status, p.Since?.ToString(), p.Until?.ToString())));
        Assert.Equal(new ValidityBounds(new(2005, 7, 5), new(2005, 7, 5), new(2017, 6, 8), new(2017, 6, 8)), periods[1].Bounds);
        Assert.Equal("IND-observer-2005", periods[1].StartedBy);
        Assert.Equal("IND-member-2017", periods[1].EndedBy);
    }

    [Theory]
    [InlineData("2005-07-04", MembershipStatus.None)]
    [InlineData("2005-07-05", MembershipStatus.Observer)]
    [InlineData("2017-06-08", MembershipStatus.Observer)]
    [InlineData("2017-06-09", MembershipStatus.Member)]
    [InlineData("2030-01-01", MembershipStatus.Member)]
    public void India_on_a_day_has_exactly_one_certain_status(string day, MembershipStatus expected)
    {
        var standing = Assert.Single(MembershipQuery.StatusOf(StatusTimeline.Derive(India), "IND", DateOnly.Parse(day)));

        Assert.Equal(expected, standing.Status);
        Assert.Equal(Certainty.Certain, standing.Certainty);
    }

    [Fact]
    public void Near_a_change_known_only_to_the_year_both_statuses_are_possible()
    {
        var belarus = StatusTimeline.Derive([
            Change("BLR-dp", "BLR", MembershipStatus.None, MembershipStatus.DialoguePartner, "2009-06-16"),
            Change("BLR-obs", "BLR", MembershipStatus.DialoguePartner, MembershipStatus.Observer, "2015"),
        ]);

        var inMarch = MembershipQuery.StatusOf(belarus, "BLR", new DateOnly(2015, 3, 1));
        Assert.Equal([(MembershipStatus.DialoguePartner, Certainty.Possible), (MembershipStatus.Observer, Certainty.Possible)],
            inMarch.Select(s => (s.Status, s.Certainty)));

        Assert.Equal([MembershipStatus.DialoguePartner], MembershipQuery.StatusOf(belarus, "BLR", new DateOnly(2014, 12, 31)).Select(s => s.Status));
        Assert.Equal([(MembershipStatus.Observer, Certainty.Certain)],
            MembershipQuery.StatusOf(belarus, "BLR", new DateOnly(2016, 1, 1)).Select(s => (s.Status, s.Certainty)));
        // The change happened on 2015-12-31 at the latest: on that day the new status holds whatever the exact date.
        Assert.Equal([(MembershipStatus.Observer, Certainty.Certain)],
            MembershipQuery.StatusOf(belarus, "BLR", new DateOnly(2015, 12, 31)).Select(s => (s.Status, s.Certainty)));
    }

    [Theory]
    [InlineData("2017-06-09", Certainty.Certain)]
    [InlineData("2023-12-31", Certainty.Certain)]
    [InlineData("2024-01-01", Certainty.Possible)]
    [InlineData("2024-12-30", Certainty.Possible)]
    [InlineData("2024-12-31", null)]
    public void A_status_ended_by_a_change_known_to_the_year_fades_out_over_that_year(string day, Certainty? expected)
    {
        var timeline = StatusTimeline.Derive([
            Change("a", "X", MembershipStatus.Observer, MembershipStatus.Member, "2017-06-09"),
            Change("b", "X", MembershipStatus.Member, MembershipStatus.Partner, "2024"),
        ]);

        var member = timeline.Of("X").Single(p => p.Status == MembershipStatus.Member);
        Assert.Equal(expected, member.HoldsOn(DateOnly.Parse(day)));
    }

    [Fact]
    public void Two_changes_on_the_same_day_leave_no_gap_and_no_zero_length_status()
    {
        var timeline = StatusTimeline.Derive([
            Change("b", "AFG", MembershipStatus.Observer, MembershipStatus.Partner, "2025-09-01"),
            Change("a", "AFG", MembershipStatus.None, MembershipStatus.Observer, "2025-09-01"),
        ]);

        var standing = Assert.Single(MembershipQuery.StatusOf(timeline, "AFG", new DateOnly(2025, 9, 1)));
        Assert.Equal(MembershipStatus.Partner, standing.Status);
        Assert.Empty(timeline.Anomalies);
    }

    [Theory]
    [InlineData("a", "b")]
    [InlineData("b", "a")]
    public void Same_day_changes_form_a_chain_whatever_their_ids(string toPartner, string toObserver)
    {
        var timeline = StatusTimeline.Derive([
            Change(toPartner, "AFG", MembershipStatus.Observer, MembershipStatus.Partner, "2025-09-01"),
            Change(toObserver, "AFG", MembershipStatus.None, MembershipStatus.Observer, "2025-09-01"),
        ]);

        Assert.Equal([MembershipStatus.None, MembershipStatus.Observer, MembershipStatus.Partner], timeline.Of("AFG").Select(p => p.Status));
        Assert.Equal(MembershipStatus.Partner, Assert.Single(MembershipQuery.StatusOf(timeline, "AFG", new DateOnly(2025, 9, 1))).Status);
        Assert.Empty(timeline.Anomalies);
    }

    [Theory]
    [InlineData("a", "b")]
    [InlineData("b", "a")]
    public void A_chain_starts_with_its_first_link_even_when_a_coarser_date_sorts_the_next_link_first(string toMember, string toObserver)
    {
        // "2015" sorts before "2015-03-01", yet the state cannot have become a member before it was an observer.
        var timeline = StatusTimeline.Derive([
            Change(toMember, "X", MembershipStatus.Observer, MembershipStatus.Member, "2015"),
            Change(toObserver, "X", MembershipStatus.None, MembershipStatus.Observer, "2015-03-01"),
        ]);

        Assert.Equal([MembershipStatus.None, MembershipStatus.Observer, MembershipStatus.Member], timeline.Of("X").Select(p => p.Status));
        Assert.Equal(MembershipStatus.Member, Assert.Single(MembershipQuery.StatusOf(timeline, "X", new DateOnly(2016, 1, 1))).Status);
        Assert.Equal(MembershipStatus.None, Assert.Single(MembershipQuery.StatusOf(timeline, "X", new DateOnly(2014, 12, 31))).Status);
        Assert.Empty(timeline.Anomalies);
    }

    [Fact]
    public void A_change_that_does_not_continue_the_chain_is_applied_and_reported()
    {
        var timeline = StatusTimeline.Derive([
            Change("x-dp", "X", MembershipStatus.None, MembershipStatus.DialoguePartner, "2010"),
            Change("x-member", "X", MembershipStatus.Observer, MembershipStatus.Member, "2020-01-01"),
        ]);

        var anomaly = Assert.Single(timeline.Anomalies);
        Assert.Equal("x-member", anomaly.ChangeId);
        Assert.Equal("change x-member starts from OBSERVER, but the state was DIALOGUE_PARTNER", anomaly.Message);
        Assert.Equal(MembershipStatus.Member, MembershipQuery.StatusOf(timeline, "X", new DateOnly(2021, 1, 1)).Single().Status);
    }

    [Fact]
    public void Organizations_are_kept_apart()
    {
        var timeline = StatusTimeline.Derive([
            Change("CHN-s5", "CHN", MembershipStatus.None, MembershipStatus.Member, "1996-04-26", "shanghai-five"),
            Change("CHN-s5-end", "CHN", MembershipStatus.Member, MembershipStatus.None, "2001-06-15", "shanghai-five"),
            Change("CHN-sco", "CHN", MembershipStatus.None, MembershipStatus.Member, "2001-06-15"),
        ]);
        var day = new DateOnly(2001, 6, 15);

        Assert.Equal(MembershipStatus.Member, MembershipQuery.StatusOf(timeline, "CHN", day).Single().Status);
        Assert.Equal(MembershipStatus.None, MembershipQuery.StatusOf(timeline, "CHN", day, "shanghai-five").Single().Status);
        Assert.Equal(MembershipStatus.Member, MembershipQuery.StatusOf(timeline, "CHN", day.AddDays(-1), "shanghai-five").Single().Status);
    }

    [Fact]
    public void The_periods_of_one_state_are_those_of_the_whole_timeline_for_it()
    {
        var timeline = StatusTimeline.Derive([
            .. India,
            Change("CHN-s5", "CHN", MembershipStatus.None, MembershipStatus.Member, "1996-04-26", "shanghai-five"),
            Change("CHN-sco", "CHN", MembershipStatus.None, MembershipStatus.Member, "2001-06-15"),
        ]);

        foreach (var (state, organization) in new[] { ("IND", "sco"), ("CHN", "sco"), ("CHN", "shanghai-five") })
            Assert.Equal(timeline.Periods.Where(p => p.State == state && p.Organization == organization), timeline.Of(state, organization));
        Assert.Empty(timeline.Of("IND", "shanghai-five"));
        Assert.Empty(timeline.Of("PAK"));
        Assert.Empty(MembershipQuery.StatusOf(timeline, "PAK", new DateOnly(2020, 1, 1)));
    }

    [Fact]
    public void Who_had_a_status_on_a_day_filters_by_status_and_certainty()
    {
        var timeline = StatusTimeline.Derive([
            .. India,
            Change("PAK-observer-2005", "PAK", MembershipStatus.None, MembershipStatus.Observer, "2005-07-05"),
            Change("PAK-member-2017", "PAK", MembershipStatus.Observer, MembershipStatus.Member, "2017"),
        ]);
        var day = new DateOnly(2017, 7, 1);

        var members = MembershipQuery.On(timeline, day, [MembershipStatus.Member]);
        Assert.Equal([("IND", Certainty.Certain), ("PAK", Certainty.Possible)], members.Select(m => (m.State, m.Certainty)));
        Assert.Equal(["IND"], MembershipQuery.On(timeline, day, [MembershipStatus.Member], certainOnly: true).Select(m => m.State));
        Assert.Equal(["PAK"], MembershipQuery.On(timeline, day, [MembershipStatus.Observer]).Select(m => m.State));
    }

    [Fact]
    public void No_changes_give_an_empty_timeline()
    {
        var timeline = StatusTimeline.Derive([]);
        Assert.Empty(timeline.Periods);
        Assert.Empty(MembershipQuery.On(timeline, new DateOnly(2020, 1, 1)));
    }

    private static readonly MembershipStatus[] Statuses = Enum.GetValues<MembershipStatus>();

    /// <summary>A chained history of day-precise changes on distinct days.</summary>
    private static Arbitrary<MembershipChange[]> DayPreciseHistories() => Arb.From(
        from count in Gen.Choose(1, 6)
        from offsets in Gen.ArrayOf(Gen.Choose(0, 12_000), count)
        from statuses in Gen.ArrayOf(Gen.Elements(Statuses), count + 1)
        select offsets.Distinct().Order().Select((offset, i) => Change(
            $"c{i}", "S", statuses[i], statuses[i + 1], PartialDate.OfDay(new DateOnly(1995, 1, 1).AddDays(offset)).ToString())).ToArray());

    [Property(MaxTest = 200)]
    public Property With_day_precise_changes_every_day_has_exactly_one_certain_status() =>
        Prop.ForAll(DayPreciseHistories(), TimeGenerators.DayArbitrary(), (changes, day) =>
        {
            var standings = MembershipQuery.StatusOf(StatusTimeline.Derive(changes), "S", day);
            var lastBefore = changes.Where(c => c.Effective.Earliest <= day).OrderBy(c => c.Effective).LastOrDefault();
            var expected = lastBefore?.To ?? changes.OrderBy(c => c.Effective).First().From;
            return standings.Count == 1 && standings[0].Certainty == Certainty.Certain && standings[0].Status == expected;
        });
}
