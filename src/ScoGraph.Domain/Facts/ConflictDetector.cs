namespace ScoGraph.Domain.Facts;

/// <summary>
/// Finds conflicts among facts: group the <see cref="FactOrigin.Field"/> and <see cref="FactOrigin.Claim"/> facts by
/// subject and predicate; a group with two or more distinct values is a conflict, unless the predicate is
/// multi-valued (<see cref="Predicates.MultiValued"/>: several posts held, several city names are not disagreements). Relations never conflict (an
/// official may hold several posts). Values compare exactly (ordinal): <c>2014</c> and <c>2014-01-01</c> disagree,
/// because a source that says "2014" does not say "1 January".
/// </summary>
/// <remarks>Feed it the facts one knowledge time sees (current facts by default); it does not filter versions.</remarks>
public static class ConflictDetector
{
    public static IReadOnlyList<Conflict> Detect(IEnumerable<FactRecord> facts) => facts
        .Where(f => f.Fact.Origin is FactOrigin.Field or FactOrigin.Claim && f.Fact.Value is not null
            && !Predicates.MultiValued.Contains(f.Fact.Predicate))
        .GroupBy(f => (f.Fact.Subject, f.Fact.Predicate))
        .Where(g => g.Select(f => f.Fact.Value).Distinct(StringComparer.Ordinal).Skip(1).Any())
        .Select(g => new Conflict(g.Key.Subject, g.Key.Predicate, g
            .OrderBy(f => f.Fact.Value, StringComparer.Ordinal)
            .ThenBy(f => f.Fact.ItemId, StringComparer.Ordinal)
            .ToArray()))
        .OrderBy(c => c.Subject, StringComparer.Ordinal)
        .ThenBy(c => c.Predicate, StringComparer.Ordinal)
        .ToArray();
}
