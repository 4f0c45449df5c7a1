using ScoGraph.Domain.Time;

namespace ScoGraph.Domain.Model;

/// <summary>
/// A state's status in an organization changing on a date. Status periods are derived from these events
/// (see <see cref="Membership.StatusTimeline"/>): a status holds from its change until the day before the next one.
/// </summary>
public sealed record MembershipChange : Entity
{
    /// <summary>The organization a change applies to when the input does not say.</summary>
    public const string DefaultOrganization = "sco";

    public override EntityKind Kind => EntityKind.MembershipChange;
    public required string State { get; init; }
    public string Organization { get; init; } = DefaultOrganization;
    public required MembershipStatus From { get; init; }
    public required MembershipStatus To { get; init; }
    public required PartialDate Effective { get; init; }

    /// <summary>Meeting id of the decision, when known.</summary>
    public string? DecidedAt { get; init; }
}
