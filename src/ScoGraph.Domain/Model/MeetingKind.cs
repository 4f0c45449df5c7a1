namespace ScoGraph.Domain.Model;

/// <summary>What sort of meeting it was.</summary>
public enum MeetingKind
{
    HeadsOfState,
    HeadsOfGovernment,
    Ministerial,
    Parliamentary,
    Judicial,
    Expert,
    Conference,
    Other,
}
