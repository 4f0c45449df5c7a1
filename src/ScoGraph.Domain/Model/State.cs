namespace ScoGraph.Domain.Model;

/// <summary>A sovereign state; its id is its ISO 3166 alpha-3 code.</summary>
public sealed record State : Entity
{
    public override EntityKind Kind => EntityKind.State;
    public required string Name { get; init; }
    public required string Iso3 { get; init; }

    /// <summary>Other names and transliterations ("Kyrgyz Republic"); searchable.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];
}
