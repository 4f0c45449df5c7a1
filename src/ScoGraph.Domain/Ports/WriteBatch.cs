namespace ScoGraph.Domain.Ports;

/// <summary>
/// Changes written atomically, in order: all of them or none. All versions written by one batch share one
/// <see cref="WriteResult.RecordedAt"/>. Items are applied in order, so a later upsert of the same id within the
/// batch supersedes an earlier one.
/// </summary>
public sealed record WriteBatch(IReadOnlyList<WriteItem> Items);
