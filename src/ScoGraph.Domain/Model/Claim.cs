using System.Security.Cryptography;
using System.Text;

namespace ScoGraph.Domain.Model;

/// <summary>
/// A sourced statement "<see cref="Subject"/>'s <see cref="Predicate"/> is <see cref="Value"/>", kept even when other
/// claims or the subject's own field disagree (that is a <see cref="Facts.Conflict"/>). A claim's id is derived from
/// subject, predicate and value (<see cref="IdFor"/>): re-importing the same statement finds the same claim,
/// a different value is a different claim standing beside it.
/// </summary>
public sealed record Claim : Entity
{
    public override EntityKind Kind => EntityKind.Claim;

    /// <summary>Id of the entity the claim is about.</summary>
    public required string Subject { get; init; }

    /// <summary>A field name such as <c>entryIntoForce</c>, or a free predicate such as <c>heldPost</c>.</summary>
    public required string Predicate { get; init; }

    /// <summary>The claimed value: text, an entity id, or a partial date in its ISO form.</summary>
    public required string Value { get; init; }

    public string? Note { get; init; }

    /// <summary>
    /// <c>claim:{subject}:{predicate}:{12 hex digits of SHA-256(value)}</c> — stable across runs and machines.
    /// </summary>
    public static string IdFor(string subject, string predicate, string value)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(value));
        return $"claim:{subject}:{predicate}:{Convert.ToHexStringLower(hash)[..12]}";
    }

    /// <summary>Builds a claim with its derived id.</summary>
    public static Claim Create(string subject, string predicate, string value, IReadOnlyList<SourceRef> sources, string? note = null) => new()
    {
        Id = IdFor(subject, predicate, value),
        Subject = subject,
        Predicate = predicate,
        Value = value,
        Note = note,
        Sources = sources,
    };
}
