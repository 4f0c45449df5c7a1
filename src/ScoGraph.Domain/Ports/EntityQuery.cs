using ScoGraph.Domain.Model;

namespace ScoGraph.Domain.Ports;

/// <summary>A filtered, ordered, keyset-paged list of the entities of one kind as known at a moment.</summary>
/// <param name="KnownAt">Read what the graph said at that moment (UTC); null = current knowledge.</param>
/// <param name="IncludeTotalCount">Also count all matches (costs a second query).</param>
public sealed record EntityQuery(
    EntityKind Kind,
    EntityFilter? Filter = null,
    EntityOrder? Order = null,
    PageRequest? Page = null,
    DateTimeOffset? KnownAt = null,
    bool IncludeTotalCount = false);
