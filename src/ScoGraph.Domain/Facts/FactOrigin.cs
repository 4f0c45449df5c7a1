namespace ScoGraph.Domain.Facts;

/// <summary>Where a fact row comes from, which decides whether it can take part in a conflict.</summary>
public enum FactOrigin
{
    /// <summary>A scalar field of an entity (<c>entryIntoForce</c> of an agreement). Compared with claims.</summary>
    Field,

    /// <summary>A link from the entity to another (<c>holdsPost</c>, <c>partyTo</c>). Many may coexist.</summary>
    Relation,

    /// <summary>A <see cref="Model.Claim"/>. Compared with fields and other claims.</summary>
    Claim,
}
