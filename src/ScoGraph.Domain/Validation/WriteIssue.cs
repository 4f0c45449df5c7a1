namespace ScoGraph.Domain.Validation;

/// <summary>A validation issue of the write item at <see cref="Index"/> in a batch.</summary>
public sealed record WriteIssue(int Index, ValidationIssue Issue);
