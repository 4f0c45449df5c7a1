namespace ScoGraph.Storage.Neo4j.Http;

/// <summary>Everyday sinks and shortcuts over <see cref="ICypherSession"/>.</summary>
public static class CypherSessionExtensions
{
    /// <summary>The rows of one statement, each mapped as it is read.</summary>
    public static Task<List<T>> QueryAsync<T>(this ICypherSession session, CypherStatement statement, Func<CypherRow, T> map,
        CancellationToken cancellationToken) =>
        session.ExecuteAsync([statement], () => new ListSink<T>(map), cancellationToken);

    /// <summary>Runs statements in one transaction, ignoring their rows.</summary>
    public static Task ExecuteAsync(this ICypherSession session, IReadOnlyList<CypherStatement> statements,
        CancellationToken cancellationToken) =>
        session.ExecuteAsync(statements, () => new IgnoringSink(), cancellationToken);

    public static Task<List<T>> QueryAsync<T>(this ICypherTransaction transaction, CypherStatement statement, Func<CypherRow, T> map,
        CancellationToken cancellationToken) =>
        transaction.ExecuteAsync([statement], () => new ListSink<T>(map), cancellationToken);

    public static Task ExecuteAsync(this ICypherTransaction transaction, IReadOnlyList<CypherStatement> statements,
        CancellationToken cancellationToken) =>
        transaction.ExecuteAsync(statements, () => new IgnoringSink(), cancellationToken);

    private sealed class ListSink<T>(Func<CypherRow, T> map) : ICypherRowSink<List<T>>
    {
        private readonly List<T> _rows = [];
        public void Row(int statement, CypherRow row) => _rows.Add(map(row));
        public List<T> Complete() => _rows;
    }

    private sealed class IgnoringSink : ICypherRowSink<bool>
    {
        public void Row(int statement, CypherRow row) { }
        public bool Complete() => true;
    }
}
