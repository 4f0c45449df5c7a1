using ScoGraph.Domain.Model;
using ScoGraph.Domain.Time;

namespace ScoGraph.Api.Schema.Nodes;

/// <summary>The schema's <c>TimelineEventKind</c> (the domain knows finer kinds, see <see cref="EventNodes"/>).</summary>
public enum EventKind
{
    StatusChanged,
    TenureStarted,
    TenureEnded,
    MeetingHeld,
    AgreementSigned,
    AgreementEnteredIntoForce,
}

/// <summary>
/// A <c>TimelineEvent</c>: what happened (<see cref="Kind"/>) to which item (<see cref="ItemId"/>: the membership change,
/// tenure, meeting or agreement), and, for an agreement joined by one party, which party (<see cref="Party"/>).
/// The kind decides the object type (<c>StatusChangedEvent</c>, <c>TenureEvent</c>...).
/// </summary>
public sealed record EventNode(PartialDate Date, EventKind Kind, string ItemId, IReadOnlyList<SourceRef> Sources, ReadScope Scope, string? Party = null);
