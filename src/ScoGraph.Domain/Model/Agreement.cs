using ScoGraph.Domain.Time;

namespace ScoGraph.Domain.Model;

/// <summary>A charter, convention, treaty, agreement, declaration or programme.</summary>
public sealed record Agreement : Entity
{
    public override EntityKind Kind => EntityKind.Agreement;
    public required string Title { get; init; }
    public required AgreementKind AgreementKind { get; init; }
    public PartialDate? Signed { get; init; }

    /// <summary>City where it was signed.</summary>
    public string? Place { get; init; }

    /// <summary>Meeting id at which it was signed.</summary>
    public string? Meeting { get; init; }

    public PartialDate? EntryIntoForce { get; init; }
    public IReadOnlyList<AgreementParty> Parties { get; init; } = [];

    /// <summary>
    /// When it is in force: from <see cref="EntryIntoForce"/> on (still in force: termination is not modelled);
    /// null when the entry into force is unknown. <c>InForce()?.HoldsOn(day)</c> answers "in force on that day?".
    /// </summary>
    public Period? InForce() => EntryIntoForce is PartialDate date ? Period.Since(date) : null;
}
