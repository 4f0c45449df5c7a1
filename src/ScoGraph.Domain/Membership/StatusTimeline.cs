using ScoGraph.Domain.Model;

namespace ScoGraph.Domain.Membership;

/// <summary>
/// Status periods derived from membership-change events, per state and organization.
/// </summary>
/// <remarks>
/// Rules:
/// <list type="number">
/// <item>Changes are ordered by effective date (<see cref="Time.PartialDate"/> order), then — for changes that may
/// fall on the same day — the one that continues the chain (its <c>from</c> equals the status reached so far) first,
/// then by id. The first change is the head of the chain among those that may share its day: one whose <c>from</c>
/// is no other's <c>to</c>, preferably from NONE.</item>
/// <item>Before the first change the state had that change's <c>from</c> status, with no known start.</item>
/// <item>Each change's <c>to</c> status holds from its effective date until the day before the next change's
/// effective date; after the last change it still holds.</item>
/// <item>A change whose <c>from</c> differs from the status reached so far is applied anyway (the newest statement
/// about the change wins) and reported as a <see cref="StatusAnomaly"/>.</item>
/// </list>
/// Example: IND NONE→OBSERVER 2005-07-05, OBSERVER→MEMBER 2017-06-09 gives NONE (–2005-07-04),
/// OBSERVER (2005-07-05–2017-06-08), MEMBER (2017-06-09–).
/// </remarks>
public sealed class StatusTimeline
{
    private readonly Dictionary<(string Organization, string State), IReadOnlyList<StatusPeriod>> _byState;

    private StatusTimeline(Dictionary<(string Organization, string State), IReadOnlyList<StatusPeriod>> byState,
        IReadOnlyList<StatusPeriod> periods, IReadOnlyList<StatusAnomaly> anomalies)
    {
        _byState = byState;
        Periods = periods;
        Anomalies = anomalies;
    }

    /// <summary>Every period, grouped by organization then state (ordinal), oldest first within a state.</summary>
    public IReadOnlyList<StatusPeriod> Periods { get; }

    public IReadOnlyList<StatusAnomaly> Anomalies { get; }

    /// <summary>The periods of one state in one organization, oldest first (a lookup: asked once per state per request).</summary>
    public IReadOnlyList<StatusPeriod> Of(string state, string organization = MembershipChange.DefaultOrganization) =>
        _byState.TryGetValue((organization, state), out var periods) ? periods : [];

    public static StatusTimeline Derive(IEnumerable<MembershipChange> changes)
    {
        var byState = new Dictionary<(string Organization, string State), IReadOnlyList<StatusPeriod>>();
        var periods = new List<StatusPeriod>();
        var anomalies = new List<StatusAnomaly>();
        var histories = changes
            .GroupBy(c => (c.Organization, c.State))
            .OrderBy(g => g.Key.Organization, StringComparer.Ordinal)
            .ThenBy(g => g.Key.State, StringComparer.Ordinal);
        foreach (var history in histories)
        {
            var statePeriods = DeriveOne(history.Key.State, history.Key.Organization, history.ToList(), anomalies);
            byState[history.Key] = statePeriods;
            periods.AddRange(statePeriods);
        }
        return new StatusTimeline(byState, periods, anomalies);
    }

    private static List<StatusPeriod> DeriveOne(string state, string organization, List<MembershipChange> pending,
        List<StatusAnomaly> anomalies)
    {
        var periods = new List<StatusPeriod>(pending.Count + 1);
        var ordered = OrderAsChain(pending);
        var current = new StatusPeriod(state, organization, ordered[0].From, null, null, null, null);
        foreach (var change in ordered)
        {
            if (change.From != current.Status)
                anomalies.Add(new StatusAnomaly(state, organization, change.Id,
                    $"change {change.Id} starts from {EnumText<MembershipStatus>.Format(change.From)}, " +
                    $"but the state was {EnumText<MembershipStatus>.Format(current.Status)}"));
            periods.Add(current with { Until = change.Effective, EndedBy = change.Id });
            current = new StatusPeriod(state, organization, change.To, change.Effective, null, change.Id, null);
        }
        periods.Add(current);
        return periods;
    }

    /// <summary>Date order; among changes that may share a day, the one continuing the chain goes first.</summary>
    private static List<MembershipChange> OrderAsChain(List<MembershipChange> changes)
    {
        var remaining = changes.OrderBy(c => c.Effective).ThenBy(c => c.Id, StringComparer.Ordinal).ToList();
        var ordered = new List<MembershipChange>(remaining.Count);
        MembershipStatus? status = null;
        while (remaining.Count > 0)
        {
            var first = remaining[0];
            var window = remaining.TakeWhile(c => c.Effective.Earliest <= first.Effective.Latest);
            var next = (status is null ? HeadOf(window.ToList()) : window.FirstOrDefault(c => c.From == status)) ?? first;
            remaining.Remove(next);
            ordered.Add(next);
            status = next.To;
        }
        return ordered;
    }

    /// <summary>
    /// The change a history starts with among changes that may share a day: one whose <c>from</c> no other of them
    /// leads to, preferably from NONE. Nothing has been reached yet, so the chain alone can tell.
    /// </summary>
    private static MembershipChange? HeadOf(List<MembershipChange> window)
    {
        var heads = window.Where(c => !window.Any(other => !ReferenceEquals(other, c) && other.To == c.From)).ToList();
        return heads.FirstOrDefault(c => c.From == MembershipStatus.None) ?? heads.FirstOrDefault();
    }
}
