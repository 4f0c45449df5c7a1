namespace ScoGraph.Domain.Model;

/// <summary>What an entity is. Every stored item (claims included) has exactly one kind.</summary>
public enum EntityKind
{
    State,
    Organization,
    Official,
    Post,
    Tenure,
    Meeting,
    Agreement,
    MembershipChange,
    Source,

    /// <summary>A statement about another entity's predicate that may disagree with other statements.</summary>
    Claim,
}
