namespace ScoGraph.Domain.Model;

/// <summary>
/// An office ("SCO Secretary-General", "President of Kazakhstan"), belonging to an organization or a state
/// (exactly one of <see cref="Organization"/> and <see cref="State"/> is set).
/// </summary>
public sealed record Post : Entity
{
    public override EntityKind Kind => EntityKind.Post;
    public required string Title { get; init; }
    public string? Organization { get; init; }
    public string? State { get; init; }
}
