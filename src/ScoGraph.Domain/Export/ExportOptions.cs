using ScoGraph.Domain.Model;

namespace ScoGraph.Domain.Export;

/// <summary>What <see cref="GraphExporter"/> writes.</summary>
/// <param name="Kinds">Only these kinds (a partial export may then refer to ids it does not hold); null = all.</param>
/// <param name="AsOf">Only what had happened by this date: dated entities whose main date (a tenure's or meeting's start,
/// a signature, an effective date) may fall on or before it; undated entities always.</param>
/// <param name="KnownAt">The graph as it was known at this moment (UTC); null = current knowledge.</param>
public sealed record ExportOptions(IReadOnlyCollection<EntityKind>? Kinds = null, DateOnly? AsOf = null, DateTimeOffset? KnownAt = null);
