using ScoGraph.Domain.Facts;
using ScoGraph.Domain.Model;
using ScoGraph.Domain.Time;

namespace ScoGraph.Domain.Timelines;

/// <summary>
/// Which events a fact stands for, whoever looks at it:
/// <list type="bullet">
/// <item><c>membershipChange</c> (state → organization) and a change's own <c>effective</c>: MembershipChanged.</item>
/// <item><c>holdsPost</c> (official → post) and a tenure's own <c>start</c>/<c>end</c>: TenureStarted at the start, TenureEnded at the end (when known).</item>
/// <item>a meeting's <c>start</c>: MeetingHeld; <c>hostedBy</c>: MeetingHosted; <c>participatedIn</c>: ParticipatedInMeeting.</item>
/// <item>an agreement's <c>signed</c> and <c>entryIntoForce</c>: Signed, EnteredIntoForce; <c>partyTo</c>: JoinedAgreement.</item>
/// <item>a source's <c>published</c>: Published.</item>
/// <item>a claim whose value is a partial date: Claimed on that date.</item>
/// </list>
/// Every other fact (undated, or a meeting's end) is no event.
/// </summary>
public static class EventExtraction
{
    public static IEnumerable<(PartialDate Date, TimelineEventKind Kind)> EventsOf(Fact fact)
    {
        if (fact.Origin == FactOrigin.Claim)
        {
            if (PartialDate.TryParse(fact.Value, out var claimed)) yield return (claimed, TimelineEventKind.Claimed);
            yield break;
        }

        var start = fact.Valid?.Start;
        var end = fact.Valid?.End;
        switch (fact.Predicate, fact.ItemKind)
        {
            case (Predicates.MembershipChange, _) or (Predicates.Effective, EntityKind.MembershipChange):
                if (start is PartialDate changed) yield return (changed, TimelineEventKind.MembershipChanged);
                break;
            case (Predicates.HoldsPost, _):
                if (start is PartialDate began) yield return (began, TimelineEventKind.TenureStarted);
                if (end is PartialDate ended) yield return (ended, TimelineEventKind.TenureEnded);
                break;
            case (Predicates.Start, EntityKind.Tenure):
                if (start is PartialDate tenureStart) yield return (tenureStart, TimelineEventKind.TenureStarted);
                break;
            case (Predicates.End, EntityKind.Tenure):
                if (start is PartialDate tenureEnd) yield return (tenureEnd, TimelineEventKind.TenureEnded);
                break;
            case (Predicates.Start, EntityKind.Meeting):
                if (start is PartialDate held) yield return (held, TimelineEventKind.MeetingHeld);
                break;
            case (Predicates.HostedBy, _):
                if (start is PartialDate hosted) yield return (hosted, TimelineEventKind.MeetingHosted);
                break;
            case (Predicates.ParticipatedIn, _):
                if (start is PartialDate attended) yield return (attended, TimelineEventKind.ParticipatedInMeeting);
                break;
            case (Predicates.Signed, _):
                if (start is PartialDate signed) yield return (signed, TimelineEventKind.Signed);
                break;
            case (Predicates.EntryIntoForce, _):
                if (start is PartialDate inForce) yield return (inForce, TimelineEventKind.EnteredIntoForce);
                break;
            case (Predicates.PartyTo, _):
                if (start is PartialDate joined) yield return (joined, TimelineEventKind.JoinedAgreement);
                break;
            case (Predicates.Published, _):
                if (start is PartialDate published) yield return (published, TimelineEventKind.Published);
                break;
        }
    }
}
