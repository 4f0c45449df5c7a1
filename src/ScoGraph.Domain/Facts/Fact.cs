using ScoGraph.Domain.Model;
using ScoGraph.Domain.Time;

namespace ScoGraph.Domain.Facts;

/// <summary>
/// One indexed statement "<see cref="Subject"/> <see cref="Predicate"/> <see cref="Object"/>/<see cref="Value"/>,
/// valid over <see cref="Valid"/>", stated by a stored item (<see cref="ItemId"/>). Facts are not written directly:
/// <see cref="FactProjection"/> derives them from each entity version, and a store indexes them so that the
/// facts of many subjects can be read at once for a valid date and a knowledge time.
/// </summary>
/// <param name="ItemId">The entity or claim whose version states this fact (its history is the fact's history).</param>
/// <param name="Object">Entity id at the other end of a relation; null for field values and claims.</param>
/// <param name="Value">Literal value: field values, claim values, or a relation's qualifier (a participant's role,
/// the new status of a membership change). Dates are in their ISO partial-date form.</param>
/// <param name="Valid">Valid time; null means timeless (always holds).</param>
public sealed record Fact(
    string ItemId,
    EntityKind ItemKind,
    FactOrigin Origin,
    string Subject,
    string Predicate,
    string? Object,
    string? Value,
    Period? Valid,
    IReadOnlyList<SourceRef> Sources)
{
    /// <summary>The valid time as the four days the as-of rules use (always valid when <see cref="Valid"/> is null).</summary>
    public ValidityBounds Bounds => Valid?.Bounds ?? ValidityBounds.Always;
}
