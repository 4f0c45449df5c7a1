namespace ScoGraph.Domain.Ports;

/// <summary>One item of a page with the keyset cursor that points at it.</summary>
public sealed record PageItem<T>(T Node, string Cursor);

/// <summary>
/// A page of an ordered list. Items are always in the list's order, also when read backwards with
/// <c>last/before</c>. <see cref="TotalCount"/> is filled only when the query asked for it.
/// </summary>
public sealed record Page<T>(IReadOnlyList<PageItem<T>> Items, bool HasNextPage, bool HasPreviousPage, int? TotalCount = null)
{
    public string? StartCursor => Items.Count > 0 ? Items[0].Cursor : null;
    public string? EndCursor => Items.Count > 0 ? Items[^1].Cursor : null;

    public static Page<T> Empty { get; } = new([], false, false);
}
