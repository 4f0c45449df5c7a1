using System.Text.Json;

namespace ScoGraph.Storage.Neo4j.Http;

/// <summary>
/// Receives the rows of one request as they are parsed from the response stream, then makes the result. A new sink
/// is made for every attempt, so a request retried after a transient error never delivers a row twice.
/// </summary>
public interface ICypherRowSink<out TResult>
{
    /// <summary>A row of <c>statements[statement]</c>, in order.</summary>
    void Row(int statement, CypherRow row);

    /// <summary>Called once the whole response was read without errors.</summary>
    TResult Complete();
}

/// <summary>
/// Cypher over Neo4j's HTTP transactional API. Every failure surfaces as one of: <see cref="Neo4jErrorException"/>
/// (Neo4j answered with an error code), <see cref="Neo4jConfigurationException"/> (wrong credentials, missing database:
/// retrying cannot help), or <see cref="ScoGraph.Domain.Ports.StoreUnavailableException"/> (unreachable, or transient
/// errors outlasted the retries).
/// </summary>
public interface ICypherSession
{
    /// <summary>
    /// Runs the statements in one request to <c>/db/{db}/tx/commit</c>: one transaction, all or nothing. Retried whole,
    /// with backoff, on <c>Neo.TransientError.*</c> and on connection failures.
    /// </summary>
    Task<TResult> ExecuteAsync<TResult>(IReadOnlyList<CypherStatement> statements, Func<ICypherRowSink<TResult>> newSink,
        CancellationToken cancellationToken);

    /// <summary>
    /// Runs <paramref name="work"/> in an explicit transaction (<c>POST /tx</c>, requests to its Location, then
    /// <c>/commit</c>); rolled back with <c>DELETE</c> when <paramref name="work"/> throws. On a transient error the whole
    /// transaction is rolled back by Neo4j and <paramref name="work"/> runs again in a new one.
    /// </summary>
    Task<T> InTransactionAsync<T>(Func<ICypherTransaction, CancellationToken, Task<T>> work, CancellationToken cancellationToken);

    /// <summary>The plan of a statement (<c>EXPLAIN</c>, not executed; or <c>PROFILE</c>, executed): the <c>plan.root</c> object.</summary>
    Task<JsonElement> PlanAsync(CypherStatement statement, bool profile, CancellationToken cancellationToken);
}

/// <summary>An open explicit transaction; statements sent through it commit together or not at all.</summary>
public interface ICypherTransaction
{
    Task<TResult> ExecuteAsync<TResult>(IReadOnlyList<CypherStatement> statements, Func<ICypherRowSink<TResult>> newSink,
        CancellationToken cancellationToken);
}
