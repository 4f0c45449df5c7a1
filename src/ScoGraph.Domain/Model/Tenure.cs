using ScoGraph.Domain.Time;

namespace ScoGraph.Domain.Model;

/// <summary>An official holding a post over a period (open end = still in office).</summary>
public sealed record Tenure : Entity
{
    public override EntityKind Kind => EntityKind.Tenure;
    public required string Official { get; init; }
    public required string Post { get; init; }
    public required Period Period { get; init; }
}
