using ScoGraph.Domain.Model;

namespace ScoGraph.Domain.Ports;

/// <summary>One change in a <see cref="WriteBatch"/>.</summary>
public abstract record WriteItem;

/// <summary>
/// Record <paramref name="Entity"/> as the current version of its id: created when the id has no current version,
/// unchanged when the current version has the same content (<see cref="Serialization.EntityJson.ContentEquals"/>),
/// otherwise superseded (the current version is retracted with reason "superseded by revision N").
/// </summary>
public sealed record Upsert(Entity Entity) : WriteItem;

/// <summary>Retract the current version of an item (entity or claim id), keeping it in history with the reason.</summary>
public sealed record Retract(string ItemId, string Reason) : WriteItem;

/// <summary>Retract every current claim with this subject and predicate (and value, when given).</summary>
public sealed record RetractClaims(string Subject, string Predicate, string? Value, string Reason) : WriteItem;
