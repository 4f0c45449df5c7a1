using ScoGraph.Domain.Model;
using ScoGraph.Domain.Time;

namespace ScoGraph.Domain.Membership;

/// <summary>
/// Answers "who had status S on date D, and how surely" from a <see cref="StatusTimeline"/>.
/// </summary>
/// <remarks>
/// Near an imprecisely dated change a state can POSSIBLY have two statuses on one day: BLR, DIALOGUE_PARTNER from
/// <c>2009-06-16</c> and OBSERVER from <c>2015</c>, is on 2015-03-01 POSSIBLY a dialogue partner and POSSIBLY an
/// observer; both standings are returned. With <c>certainOnly</c> neither is.
/// </remarks>
public static class MembershipQuery
{
    /// <summary>
    /// Every standing on <paramref name="day"/>, optionally only of the given statuses and only certain ones,
    /// ordered by organization, state, then status period start.
    /// </summary>
    public static IReadOnlyList<MembershipStanding> On(
        StatusTimeline timeline,
        DateOnly day,
        IReadOnlyCollection<MembershipStatus>? statuses = null,
        bool certainOnly = false) =>
        Standings(timeline.Periods, day, statuses, certainOnly);

    /// <summary>One state's standings in one organization on a day (usually one, two near an imprecise change).</summary>
    public static IReadOnlyList<MembershipStanding> StatusOf(
        StatusTimeline timeline, string state, DateOnly day, string organization = MembershipChange.DefaultOrganization) =>
        Standings(timeline.Of(state, organization), day, null, false);

    private static List<MembershipStanding> Standings(
        IEnumerable<StatusPeriod> periods, DateOnly day, IReadOnlyCollection<MembershipStatus>? statuses, bool certainOnly)
    {
        var standings = new List<MembershipStanding>();
        foreach (var period in periods)
        {
            if (statuses is not null && !statuses.Contains(period.Status)) continue;
            if (period.HoldsOn(day) is not Certainty certainty) continue;
            if (certainOnly && certainty != Certainty.Certain) continue;
            standings.Add(new MembershipStanding(period.State, period.Organization, period.Status, certainty, period));
        }
        return standings;
    }
}
