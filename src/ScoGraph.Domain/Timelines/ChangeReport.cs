namespace ScoGraph.Domain.Timelines;

/// <summary>What changed between two dates, each list in timeline order.</summary>
/// <param name="StatusChanges">States whose status in an organization changed.</param>
/// <param name="HolderChanges">Posts whose holder changed: tenures that started or ended.</param>
/// <param name="AgreementsSigned">Agreements signed.</param>
/// <param name="AgreementsInForce">Agreements that entered into force.</param>
/// <param name="Meetings">Meetings that took place (by their first day).</param>
public sealed record ChangeReport(
    IReadOnlyList<TimelineEvent> StatusChanges,
    IReadOnlyList<TimelineEvent> HolderChanges,
    IReadOnlyList<TimelineEvent> AgreementsSigned,
    IReadOnlyList<TimelineEvent> AgreementsInForce,
    IReadOnlyList<TimelineEvent> Meetings);
