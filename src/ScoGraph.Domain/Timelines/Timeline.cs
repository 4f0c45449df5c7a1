using ScoGraph.Domain.Facts;
using ScoGraph.Domain.Time;

namespace ScoGraph.Domain.Timelines;

/// <summary>
/// The timeline of one entity: the events of the facts about it, in order. Feed it the entity's facts in both
/// directions (<see cref="Ports.FactDirection.Outgoing"/> and <see cref="Ports.FactDirection.Incoming"/>) as known at
/// the wanted moment.
/// </summary>
/// <remarks>
/// Perspective: facts whose subject is the entity give all their events except <c>hostedBy</c> and <c>heldIn</c>
/// (a meeting's own "hosted" event would repeat MeetingHeld). Facts pointing at the entity give the events that
/// matter to it: its membership changes (an organization), its holders (a post), its parties (an agreement), the
/// meetings it hosted (a state). Order: date in <see cref="PartialDate"/> order — by first possible day, then last,
/// so "sometime in 2014" comes before 2014-09-12 and 2014-09-12 before 2014-09-13 —, then <see cref="TimelineEventKind"/> declaration order, then item id. With a range, events possibly in it
/// are kept, each with the certainty of lying in it.
/// </remarks>
public static class Timeline
{
    private static readonly HashSet<string> NotFromSubject = [Predicates.HostedBy, Predicates.HeldIn];

    private static readonly HashSet<string> FromObject =
        [Predicates.MembershipChange, Predicates.HoldsPost, Predicates.PartyTo, Predicates.HostedBy];

    public static IReadOnlyList<TimelineEvent> Build(string entityId, IEnumerable<FactRecord> facts, DateOnly? from = null, DateOnly? to = null)
    {
        var rangeFrom = from ?? DateOnly.MinValue;
        var rangeTo = to ?? DateOnly.MaxValue;
        var seen = new HashSet<(string, string, string, string?, TimelineEventKind, PartialDate)>();
        var events = new List<TimelineEvent>();
        foreach (var record in facts)
        {
            var fact = record.Fact;
            var relevant = (fact.Subject == entityId && !NotFromSubject.Contains(fact.Predicate))
                || (fact.Object == entityId && FromObject.Contains(fact.Predicate));
            if (!relevant) continue;
            foreach (var (date, kind) in EventExtraction.EventsOf(fact))
            {
                if (date.Bounds.Overlaps(rangeFrom, rangeTo) is not Certainty certainty) continue;
                if (!seen.Add((fact.ItemId, fact.Subject, fact.Predicate, fact.Object ?? fact.Value, kind, date))) continue;
                events.Add(new TimelineEvent(date, kind, record, certainty));
            }
        }
        return Order(events);
    }

    internal static IReadOnlyList<TimelineEvent> Order(IEnumerable<TimelineEvent> events) => events
        .OrderBy(e => e.Date)
        .ThenBy(e => e.Kind)
        .ThenBy(e => e.ItemId, StringComparer.Ordinal)
        .ThenBy(e => e.Fact.Fact.Subject, StringComparer.Ordinal)
        .ToArray();
}
