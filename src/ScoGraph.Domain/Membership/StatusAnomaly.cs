namespace ScoGraph.Domain.Membership;

/// <summary>
/// Something odd in a state's change history that the timeline still tolerates, e.g. a change "from OBSERVER"
/// while the previous change left the state a DIALOGUE_PARTNER. Reported, never fatal.
/// </summary>
public sealed record StatusAnomaly(string State, string Organization, string ChangeId, string Message);
