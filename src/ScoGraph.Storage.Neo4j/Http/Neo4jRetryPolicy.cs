using Polly;
using Polly.Retry;

namespace ScoGraph.Storage.Neo4j.Http;

/// <summary>
/// Retries a whole unit of work (one auto-commit request, or one explicit transaction from its start) on
/// <c>Neo.TransientError.*</c> and on transport failures, with exponential backoff and jitter so that writers that
/// deadlocked each other do not collide again in step. Nothing else is retried: Cypher errors and refused
/// credentials will fail the same way again (and repeated wrong passwords lock the user, semantics rule 3).
/// The caller's cancellation stops at once, also during a backoff delay.
/// </summary>
internal sealed class Neo4jRetryPolicy
{
    private readonly ResiliencePipeline _pipeline;
    private readonly Neo4jErrorMapping _errors;
    private readonly int _retries;

    public Neo4jRetryPolicy(Neo4jStoreOptions options, Neo4jErrorMapping errors, Action<Neo4jRetry>? retrying = null)
    {
        _errors = errors;
        _retries = Math.Max(0, options.MaxRetries);
        _pipeline = _retries == 0
            ? ResiliencePipeline.Empty
            : new ResiliencePipelineBuilder()
                .AddRetry(new RetryStrategyOptions
                {
                    ShouldHandle = new PredicateBuilder().Handle<Exception>(IsRetryable),
                    MaxRetryAttempts = _retries,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = options.RetryBaseDelay,
                    MaxDelay = TimeSpan.FromSeconds(10),
                    OnRetry = arguments =>
                    {
                        if (retrying is not null && arguments.Outcome.Exception is Exception cause)
                            retrying(new Neo4jRetry(arguments.AttemptNumber + 1, arguments.RetryDelay, cause));
                        return ValueTask.CompletedTask;
                    },
                })
                .Build();
    }

    /// <summary>Retries worth making: transient Neo4j errors and transport failures.</summary>
    public static bool IsRetryable(Exception exception) =>
        exception is Neo4jTransportException or Neo4jErrorException { IsTransient: true };

    /// <summary>Runs <paramref name="unit"/> until it succeeds, fails for good, or the retries are spent.</summary>
    public async Task<T> ExecuteAsync<T>(Func<CancellationToken, ValueTask<T>> unit, CancellationToken cancellationToken)
    {
        try
        {
            return await _pipeline.ExecuteAsync(unit, cancellationToken);
        }
        catch (Exception exception) when (IsRetryable(exception))
        {
            throw _errors.Exhausted(exception, _retries);
        }
    }
}

/// <summary>A retry about to happen: which one (1 = the first), after how long, and the failure that caused it.</summary>
public sealed record Neo4jRetry(int Retry, TimeSpan Delay, Exception Cause);
