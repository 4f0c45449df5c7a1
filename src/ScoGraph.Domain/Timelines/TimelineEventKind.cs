namespace ScoGraph.Domain.Timelines;

/// <summary>What happened at a timeline event. The declaration order breaks ties between events on the same date.</summary>
public enum TimelineEventKind
{
    MembershipChanged,
    TenureStarted,
    MeetingHeld,
    MeetingHosted,
    ParticipatedInMeeting,
    Signed,
    JoinedAgreement,
    EnteredIntoForce,
    Published,

    /// <summary>A claim gives a date for one of the subject's predicates (possibly disputed).</summary>
    Claimed,
    TenureEnded,
}
