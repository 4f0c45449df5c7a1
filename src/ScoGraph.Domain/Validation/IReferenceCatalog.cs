using ScoGraph.Domain.Model;

namespace ScoGraph.Domain.Validation;

/// <summary>The ids a validator may see referenced, with their kinds (the batch being written plus the store).</summary>
public interface IReferenceCatalog
{
    /// <summary>The kind of a known id, or null when the id is unknown.</summary>
    EntityKind? KindOf(string id);
}

/// <summary>A catalog over a dictionary of known ids.</summary>
public sealed class ReferenceCatalog(IReadOnlyDictionary<string, EntityKind> known) : IReferenceCatalog
{
    public static ReferenceCatalog Of(IEnumerable<Entity> entities) =>
        new(entities.GroupBy(e => e.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last().Kind, StringComparer.Ordinal));

    public EntityKind? KindOf(string id) => known.TryGetValue(id, out var kind) ? kind : null;
}
