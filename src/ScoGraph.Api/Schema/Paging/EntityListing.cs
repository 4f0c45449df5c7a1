using ScoGraph.Domain.Model;
using ScoGraph.Domain.Ports;

namespace ScoGraph.Api.Schema.Paging;

/// <summary>
/// A list of entities to page through: what the store filters (<see cref="Filter"/>), optionally several categories
/// (the store filters them together, <see cref="EntityFilter.Categories"/>), in <see cref="Order"/>.
/// </summary>
public sealed record EntityListing(
    EntityKind Kind,
    EntityFilter Filter,
    EntityOrder Order,
    IReadOnlyList<string>? Categories = null);
