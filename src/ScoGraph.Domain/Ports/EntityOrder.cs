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

/// <summary>
/// Sort field and direction, and optionally a second key for items that tie on the first (meetings on the same day
/// by title...). Ties left after both keys are broken by id, in the first key's direction. With two fields besides
/// the id, two keys are all an order can need. The sort keys themselves are <see cref="Indexing.EntityIndexEntry.SortKey"/>.
/// </summary>
public sealed record EntityOrder(
    EntityOrderField Field = EntityOrderField.Id,
    SortDirection Direction = SortDirection.Ascending,
    EntityOrder? Then = null)
{
    public static EntityOrder Default { get; } = new();

    /// <summary>
    /// The order from sort keys given first one first, leaving out keys that cannot change it (a field already used,
    /// anything after the id); <paramref name="fallback"/> when no key is given.
    /// </summary>
    public static EntityOrder From(IEnumerable<(EntityOrderField Field, SortDirection Direction)> keys, EntityOrder fallback)
    {
        var useful = new List<(EntityOrderField Field, SortDirection Direction)>();
        foreach (var key in keys)
        {
            if (useful.Any(k => k.Field == key.Field)) continue;
            useful.Add(key);
            if (key.Field == EntityOrderField.Id) break;
        }
        return useful switch
        {
            [] => fallback,
            [var only] => new EntityOrder(only.Field, only.Direction),
            [var first, var second, ..] => new EntityOrder(first.Field, first.Direction,
                second.Field == EntityOrderField.Id ? null : new EntityOrder(second.Field, second.Direction)),
        };
    }
}
