namespace ScoGraph.Domain.Model;

/// <summary>A citation: the source that supports a fact, with the exact words when they matter.</summary>
public sealed record SourceRef(string SourceId, string? Quote = null);
