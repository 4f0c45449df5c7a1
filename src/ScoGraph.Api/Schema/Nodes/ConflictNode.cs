using ScoGraph.Domain.Facts;

namespace ScoGraph.Api.Schema.Nodes;

/// <summary>What the <c>Conflict</c> type resolves from.</summary>
public sealed record ConflictNode(Conflict Conflict, ReadScope Scope);
