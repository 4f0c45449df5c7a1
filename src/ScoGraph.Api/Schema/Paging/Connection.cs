namespace ScoGraph.Api.Schema.Paging;

/// <summary>One item of a connection with its cursor; <see cref="Node"/> is a <c>GraphNode</c>.</summary>
public sealed record Edge(string Cursor, object Node);

/// <summary>
/// What every <c>XxxConnection</c> type resolves from. <see cref="CountAsync"/> runs only when <c>totalCount</c> is
/// selected (it may cost a store call).
/// </summary>
public sealed record Connection(
    IReadOnlyList<Edge> Edges,
    bool HasNextPage,
    bool HasPreviousPage,
    Func<CancellationToken, Task<int>> CountAsync)
{
    public string? StartCursor => Edges.Count > 0 ? Edges[0].Cursor : null;
    public string? EndCursor => Edges.Count > 0 ? Edges[^1].Cursor : null;
}
