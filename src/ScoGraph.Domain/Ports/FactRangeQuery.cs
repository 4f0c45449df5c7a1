namespace ScoGraph.Domain.Ports;

/// <summary>
/// Facts whose valid time overlaps <see cref="From"/>..<see cref="To"/> (inclusive), at least possibly
/// (<see cref="Time.ValidityBounds.Overlaps"/>): the raw material of "what changed between two dates".
/// Timeless facts (no valid time) are never returned.
/// </summary>
/// <param name="Predicates">Only these predicates; null = <see cref="Facts.Predicates.Events"/>.</param>
/// <param name="Limit">At most this many facts, earliest first (by valid start, then item id).</param>
public sealed record FactRangeQuery(
    DateOnly From,
    DateOnly To,
    IReadOnlyCollection<string>? Predicates = null,
    bool CertainOnly = false,
    DateTimeOffset? KnownAt = null,
    int Limit = 10_000);
