namespace ScoGraph.Domain.Model;

/// <summary>The SCO, one of its bodies (Secretariat, RATS...) or another body named in sources (ESCAP, ADB...).</summary>
public sealed record Organization : Entity
{
    public override EntityKind Kind => EntityKind.Organization;
    public required string Name { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>The organization this one is a body of (<c>sco-secretariat</c> → <c>sco</c>).</summary>
    public string? Parent { get; init; }

    /// <summary>The organization that took this one's place (<c>shanghai-five</c> → <c>sco</c>); its members' exit is a hand-over, not a departure.</summary>
    public string? SucceededBy { get; init; }
}
