namespace ScoGraph.Domain.Versions;

/// <summary>One version of a stored item with its knowledge time.</summary>
public sealed record Versioned<T>(T Item, VersionInfo Version);
