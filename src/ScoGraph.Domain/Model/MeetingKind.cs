namespace ScoGraph.Domain.Model;

/// <summary>What sort of meeting it was.</summary>
public enum MeetingKind
{
    HeadsOfState,

    /// <summary>A Shanghai Five summit (1996–2000): the SCO's forerunner, kept apart so that "SCO summits" counts only SCO ones.</summary>
    ShanghaiFiveSummit,
    HeadsOfGovernment,
    Ministerial,
    Parliamentary,
    Judicial,
    Expert,
    Conference,
    Other,
}
