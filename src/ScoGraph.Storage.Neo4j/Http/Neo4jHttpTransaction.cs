using System.Globalization;

namespace ScoGraph.Storage.Neo4j.Http;

/// <summary>
/// One explicit transaction (semantics page, 4.3): the first request opens it (<c>POST /db/{db}/tx</c> with the first
/// statements → 201 + Location, saving a round trip), later ones go to its Location, <c>/commit</c> ends it, and
/// <c>DELETE</c> rolls it back. Any Neo4j error has already rolled it back on the server (its Location then answers
/// 404 <c>TransactionNotFound</c>), so no DELETE is sent after one. Requests are sent one at a time.
/// </summary>
internal sealed class Neo4jHttpTransaction(Neo4jHttpSession session) : ICypherTransaction
{
    private string? _path;      // db/{db}/tx/{id} once open
    private State _state = State.NotStarted;
    private int _busy;

    private enum State { NotStarted, Open, Gone, Committed }

    public async Task<TResult> ExecuteAsync<TResult>(IReadOnlyList<CypherStatement> statements, Func<ICypherRowSink<TResult>> newSink,
        CancellationToken cancellationToken)
    {
        if (_state is State.Gone or State.Committed)
            throw new InvalidOperationException($"the transaction is {(_state == State.Committed ? "committed" : "rolled back")}; start a new one");
        if (Interlocked.Exchange(ref _busy, 1) == 1)
            throw new InvalidOperationException("a transaction runs one request at a time: await each ExecuteAsync before the next");
        try
        {
            var sink = newSink();
            if (statements.Count == 0) return sink.Complete();
            try
            {
                if (_state == State.NotStarted)
                {
                    var opened = await session.SendAsync(HttpMethod.Post, session.TransactionPath, statements, null, sink.Row, false, cancellationToken);
                    _path = TransactionPathOf(opened.Location);
                    _state = State.Open;
                }
                else
                {
                    await session.SendAsync(HttpMethod.Post, _path!, statements, null, sink.Row, false, cancellationToken);
                }
            }
            catch (Neo4jErrorException error) when (error.Code != Neo4jErrorMapping.UnexpectedResponseCode)
            {
                _state = State.Gone; // Neo4j answered with an error code, so it rolled the transaction back
                throw;
            }
            catch (Neo4jConfigurationException)
            {
                _state = State.Gone;
                throw;
            }
            return sink.Complete();
        }
        finally
        {
            Volatile.Write(ref _busy, 0);
        }
    }

    /// <summary>Commits (nothing to do when no statement was ever sent).</summary>
    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        if (_state == State.NotStarted) { _state = State.Committed; return; }
        if (_state != State.Open) throw new InvalidOperationException("the transaction is not open");
        try
        {
            await session.SendAsync(HttpMethod.Post, _path + "/commit", [], null, null, false, cancellationToken);
            _state = State.Committed;
        }
        catch (Exception exception) when (exception is Neo4jConfigurationException
                                              || exception is Neo4jErrorException { Code: not Neo4jErrorMapping.UnexpectedResponseCode })
        {
            _state = State.Gone;
            throw;
        }
    }

    /// <summary>
    /// Best-effort rollback after a failure or a cancellation: DELETE the Location unless Neo4j already dropped it,
    /// with a short timeout of its own (the caller's token may be cancelled already). A 404 means it was already gone.
    /// </summary>
    public async Task RollbackQuietlyAsync()
    {
        if (_state != State.Open || _path is null) return;
        _state = State.Gone;
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await session.SendAsync(HttpMethod.Delete, _path, null, null, null, false, timeout.Token);
        }
        catch (Exception)
        {
            // Nothing more to do: an unreachable server drops the transaction after its idle timeout (60 s).
        }
    }

    /// <summary>
    /// The transaction's path from the 201's Location (<c>http://host:7474/db/neo4j/tx/15</c>), rebuilt under our own
    /// root: the host Neo4j puts in Location is the one it was asked by, which behind port mapping or a proxy may not be
    /// one we can reach.
    /// </summary>
    private string TransactionPathOf(Uri? location)
    {
        var text = location?.OriginalString.TrimEnd('/') ?? "";
        var id = text[(text.LastIndexOf('/') + 1)..];
        if (id.Length == 0 || !long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            throw new Neo4jErrorException(Neo4jErrorMapping.UnexpectedResponseCode,
                $"Neo4j at {session.Options.Uri} opened a transaction without a usable Location header ('{text}')");
        return $"{session.TransactionPath}/{id}";
    }
}
