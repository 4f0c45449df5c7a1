using ScoGraph.Domain.Model;

namespace ScoGraph.Domain.Ports;

/// <summary>Text search over names, titles and aliases (ranked by <see cref="Indexing.SearchRanking"/>).</summary>
/// <param name="Kinds">Only these kinds; null = all kinds that have a name.</param>
public sealed record SearchQuery(string Text, IReadOnlyCollection<EntityKind>? Kinds = null, int Limit = 20, DateTimeOffset? KnownAt = null);

/// <summary>One search result: the entity, its score (higher is better, 0..1) and the name or alias that matched.</summary>
public sealed record SearchHit(Versions.Versioned<Entity> Entity, double Score, string Matched);
