namespace ScoGraph.Domain.Model;

/// <summary>A state's standing in an organization.</summary>
public enum MembershipStatus
{
    None,
    DialoguePartner,
    Observer,
    Member,

    /// <summary>"SCO partner": since the 2025 Tianjin summit, the merged observer and dialogue-partner status.</summary>
    Partner,
}
