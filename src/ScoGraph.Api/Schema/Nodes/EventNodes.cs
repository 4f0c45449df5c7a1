using ScoGraph.Domain.Facts;
using ScoGraph.Domain.Model;
using DomainEvent = ScoGraph.Domain.Timelines.TimelineEvent;
using DomainKind = ScoGraph.Domain.Timelines.TimelineEventKind;

namespace ScoGraph.Api.Schema.Nodes;

/// <summary>Maps the domain's timeline events onto the schema's event types.</summary>
public static class EventNodes
{
    /// <summary>
    /// The schema events for domain events, in the given order, without repeats (a state that hosted and attended a
    /// meeting has one MEETING_HELD for it). Events the schema has no type for (publications, claims) are left out.
    /// </summary>
    public static IReadOnlyList<EventNode> From(IEnumerable<DomainEvent> events, ReadScope scope)
    {
        var seen = new HashSet<(EventKind, string, string?, Domain.Time.PartialDate)>();
        var nodes = new List<EventNode>();
        foreach (var e in events)
        {
            if (Map(e, scope) is not { } node) continue;
            if (seen.Add((node.Kind, node.ItemId, node.Party, node.Date))) nodes.Add(node);
        }
        return nodes;
    }

    /// <summary>Date order, then the schema kind's order, then item id.</summary>
    public static IReadOnlyList<EventNode> Ordered(IEnumerable<EventNode> events) => events
        .OrderBy(e => e.Date).ThenBy(e => e.Kind).ThenBy(e => e.ItemId, StringComparer.Ordinal).ThenBy(e => e.Party, StringComparer.Ordinal)
        .ToArray();

    private static EventNode? Map(DomainEvent e, ReadScope scope)
    {
        var fact = e.Fact.Fact;
        EventNode Node(EventKind kind, string? itemId, string? party = null) =>
            new(e.Date, kind, itemId ?? fact.ItemId, fact.Sources, scope, party);

        return e.Kind switch
        {
            DomainKind.MembershipChanged when fact.ItemKind == EntityKind.MembershipChange => Node(EventKind.StatusChanged, fact.ItemId),
            DomainKind.TenureStarted when fact.ItemKind == EntityKind.Tenure => Node(EventKind.TenureStarted, fact.ItemId),
            DomainKind.TenureEnded when fact.ItemKind == EntityKind.Tenure => Node(EventKind.TenureEnded, fact.ItemId),
            DomainKind.MeetingHeld or DomainKind.MeetingHosted or DomainKind.ParticipatedInMeeting =>
                MeetingId(fact) is { } meeting ? Node(EventKind.MeetingHeld, meeting) : null,
            DomainKind.Signed when fact.ItemKind == EntityKind.Agreement => Node(EventKind.AgreementSigned, fact.ItemId),
            DomainKind.JoinedAgreement when fact.ItemKind == EntityKind.Agreement =>
                Node(EventKind.AgreementSigned, fact.ItemId, fact.Subject == fact.ItemId ? null : fact.Subject),
            DomainKind.EnteredIntoForce when fact.ItemKind == EntityKind.Agreement => Node(EventKind.AgreementEnteredIntoForce, fact.ItemId),
            _ => null,
        };
    }

    private static string? MeetingId(Fact fact) =>
        fact.ItemKind == EntityKind.Meeting ? fact.ItemId
        : fact.Predicate == Predicates.ParticipatedIn ? fact.Object
        : null;
}
