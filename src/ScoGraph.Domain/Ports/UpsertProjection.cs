using System.Text.Json;
using ScoGraph.Domain.Facts;
using ScoGraph.Domain.Indexing;
using ScoGraph.Domain.Model;
using ScoGraph.Domain.Serialization;

namespace ScoGraph.Domain.Ports;

/// <summary>
/// What every store writes for one upserted entity, derived from it once: the content as stored, the facts it
/// states, its index entry and the normalized keys that lists, filters and search read. Deriving it is pure, so a
/// bulk import computes it on every core while it validates (<see cref="WriteBatch.Projections"/>) and the store's
/// single writer only writes.
/// </summary>
public sealed class UpsertProjection
{
    private UpsertProjection(Entity entity, string content, IReadOnlyList<Fact> facts, EntityIndexEntry entry)
    {
        Entity = entity;
        Content = content;
        Facts = facts;
        Entry = entry;
        var names = entry.Aliases.Prepend(entry.Name ?? "").Select(TextNormalizer.Normalize).ToArray();
        // The separator never survives normalization, so a "contains" test cannot match across two names.
        NamesColumn = entry.Name is null && entry.Aliases.Count == 0 ? null : "|" + string.Join('|', names) + "|";
        SearchNames = SearchNamesOf(names);
        NameKey = entry.SortKey(EntityOrderField.Name);
        DateKey = entry.SortKey(EntityOrderField.Date);
        PlaceKey = entry.Place is null ? null : TextNormalizer.Normalize(entry.Place);
        SourcesJson = EntityJson.SerializeSources(entity.Sources);
    }

    public Entity Entity { get; }

    /// <summary>The entity in the import format (<see cref="EntityJson.Serialize"/>): "unchanged" compares it.</summary>
    public string Content { get; }

    /// <summary>The facts the entity states (<see cref="FactProjection.Project"/>), in projection order.</summary>
    public IReadOnlyList<Fact> Facts { get; }

    public EntityIndexEntry Entry { get; }

    /// <summary><c>|name|alias|…|</c>, normalized, for "name contains"; null when the entity has neither.</summary>
    public string? NamesColumn { get; }

    /// <summary>The normalized name, then aliases, without empty or repeated texts: what text search indexes.</summary>
    public IReadOnlyList<SearchName> SearchNames { get; }

    /// <summary>The order keys of <see cref="EntityIndexEntry.SortKey"/> by name and by date.</summary>
    public string NameKey { get; }

    public string DateKey { get; }

    /// <summary>The normalized place (a meeting's city, an agreement's place), or null.</summary>
    public string? PlaceKey { get; }

    /// <summary>The entity's citations as JSON (<see cref="EntityJson.SerializeSources"/>).</summary>
    public string SourcesJson { get; }

    /// <summary>Derives the projection; throws what serialization or projection throws for an entity that cannot be stored.</summary>
    public static UpsertProjection Of(Entity entity) =>
        new(entity, EntityJson.Serialize(entity), FactProjection.Project(entity), EntityIndexEntry.Of(entity));

    /// <summary>The projection, or null when the entity cannot be stored (the store then rejects it with the reason).</summary>
    public static UpsertProjection? TryOf(Entity entity)
    {
        try
        {
            return Of(entity);
        }
        catch (Exception e) when (IsUnstorable(e))
        {
            return null;
        }
    }

    /// <summary>The exceptions that mean "this entity cannot be stored" rather than a bug.</summary>
    public static bool IsUnstorable(Exception e) =>
        e is JsonException or NotSupportedException or InvalidOperationException or ArgumentException;

    private static SearchName[] SearchNamesOf(string[] normalized)
    {
        var names = new List<SearchName>(normalized.Length);
        for (var i = 0; i < normalized.Length; i++)
        {
            var text = normalized[i];
            if (text.Length == 0 || names.Exists(n => n.Text == text)) continue;
            names.Add(new SearchName(text, IsAlias: i > 0));
        }
        return [.. names];
    }
}

/// <summary>One normalized text search indexes for an entity: its name, or one of its aliases.</summary>
public readonly record struct SearchName(string Text, bool IsAlias);
