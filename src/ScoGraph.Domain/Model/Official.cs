namespace ScoGraph.Domain.Model;

/// <summary>A person; <see cref="Aliases"/> carry transliterations (Nurgaliev/Nurgaliyev, Toqaev/Tokayev).</summary>
public sealed record Official : Entity
{
    public override EntityKind Kind => EntityKind.Official;
    public required string Name { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>State id.</summary>
    public string? Nationality { get; init; }
}
