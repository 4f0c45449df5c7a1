using ScoGraph.Domain.Model;
using ScoGraph.Domain.Ports;

namespace ScoGraph.Api.Schema.Paging;

/// <summary>
/// A list of entities to page through: what the store can filter (<see cref="Filter"/>), optionally several categories
/// (the store filters them together, <see cref="EntityFilter.Categories"/>), and a condition only the API can check
/// (<see cref="Keep"/>).
/// </summary>
public sealed record EntityListing(
    EntityKind Kind,
    EntityFilter Filter,
    EntityOrder Order,
    IReadOnlyList<string>? Categories = null,
    Func<Entity, bool>? Keep = null)
{
    /// <summary>The store can answer the page in one call.</summary>
    public bool IsStoreOnly => Keep is null;
}
