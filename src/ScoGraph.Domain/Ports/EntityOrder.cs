namespace ScoGraph.Domain.Ports;

/// <summary>What to sort a list of entities by. Ties are always broken by id, so every order is total.</summary>
public enum EntityOrderField
{
    /// <summary>By id (ordinal).</summary>
    Id,

    /// <summary>By normalized name or title (<see cref="Indexing.TextNormalizer"/>).</summary>
    Name,

    /// <summary>By the entity's main date (<see cref="Indexing.EntityIndexEntry.Date"/>); undated entities last.</summary>
    Date,
}

public enum SortDirection
{
    Ascending,
    Descending,
}

/// <summary>Sort field and direction; the sort key itself is <see cref="Indexing.EntityIndexEntry.SortKey"/>.</summary>
public sealed record EntityOrder(EntityOrderField Field = EntityOrderField.Id, SortDirection Direction = SortDirection.Ascending)
{
    public static EntityOrder Default { get; } = new();
}
