namespace ScoGraph.Domain.Model;

/// <summary>Who took part in a meeting (official, state or organization id), in what role, for whom.</summary>
public sealed record Participant(string Entity, string? Role = null, string? Represents = null);
