namespace ScoGraph.Domain.Ports;

/// <summary>
/// The facts of many entities at once (one call per GraphQL level, never one per entity).
/// </summary>
/// <param name="Ids">Subjects (or objects, see <paramref name="Direction"/>) whose facts to load.</param>
/// <param name="Predicates">Only these predicates; null = all.</param>
/// <param name="AsOf">Only facts that hold on this date, at least possibly (<see cref="Time.ValidityBounds.HoldsOn"/>);
/// null = facts of every valid time.</param>
/// <param name="CertainOnly">With <paramref name="AsOf"/>: drop facts that only possibly hold.</param>
/// <param name="KnownAt">Knowledge time (UTC); null = current knowledge.</param>
/// <remarks>Results are ordered by id (subject or object), predicate, valid start, item id.</remarks>
public sealed record FactQuery(
    IReadOnlyCollection<string> Ids,
    FactDirection Direction = FactDirection.Outgoing,
    IReadOnlyCollection<string>? Predicates = null,
    DateOnly? AsOf = null,
    bool CertainOnly = false,
    DateTimeOffset? KnownAt = null);
