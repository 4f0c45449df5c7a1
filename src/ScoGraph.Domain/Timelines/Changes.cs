using ScoGraph.Domain.Facts;
using ScoGraph.Domain.Model;
using ScoGraph.Domain.Time;

namespace ScoGraph.Domain.Timelines;

/// <summary>
/// "What changed between two dates" (both inclusive), from the facts a store returns for the range
/// (<see cref="Ports.FactRangeQuery"/> with <see cref="Predicates.Events"/>). An event counts when its date possibly
/// lies in the range; its certainty says whether it surely does (a change dated <c>2015</c> is only POSSIBLY in
/// 2015-01-01..2015-06-30). A tenure that spans the whole range without starting or ending in it is no change.
/// </summary>
public static class Changes
{
    public static ChangeReport Between(DateOnly from, DateOnly to, IEnumerable<FactRecord> facts)
    {
        var status = new List<TimelineEvent>();
        var holders = new List<TimelineEvent>();
        var signed = new List<TimelineEvent>();
        var inForce = new List<TimelineEvent>();
        var meetings = new List<TimelineEvent>();
        foreach (var record in facts)
        {
            var fact = record.Fact;
            var target = (fact.Predicate, fact.ItemKind) switch
            {
                (Predicates.MembershipChange, _) => status,
                (Predicates.HoldsPost, _) => holders,
                (Predicates.Signed, EntityKind.Agreement) => signed,
                (Predicates.EntryIntoForce, EntityKind.Agreement) => inForce,
                (Predicates.Start, EntityKind.Meeting) => meetings,
                _ => null,
            };
            if (target is null || fact.Origin == FactOrigin.Claim) continue;
            foreach (var (date, kind) in EventExtraction.EventsOf(fact))
                if (date.Bounds.Overlaps(from, to) is Certainty certainty)
                    target.Add(new TimelineEvent(date, kind, record, certainty));
        }
        return new ChangeReport(
            Timeline.Order(status), Timeline.Order(holders), Timeline.Order(signed), Timeline.Order(inForce), Timeline.Order(meetings));
    }
}
