namespace ScoGraph.Domain.Ports;

/// <summary>Which conflicts to list (see <see cref="Facts.ConflictDetector"/> for the rule).</summary>
/// <param name="Subjects">Only conflicts about these entities; null = all.</param>
public sealed record ConflictQuery(IReadOnlyCollection<string>? Subjects = null, DateTimeOffset? KnownAt = null);
