using System.Diagnostics;
using ScoGraph.Domain.Ports;
using ScoGraph.Storage.Neo4j.Http;
using ScoGraph.Storage.Neo4j.Tests.Support;
using static ScoGraph.Storage.Neo4j.Tests.Http.SessionHarness;

namespace ScoGraph.Storage.Neo4j.Tests.Http;

/// <summary>
/// Which failures are retried (semantics rule 3): <c>Neo.TransientError.*</c> and transport failures, with the whole
/// request sent again and a fresh sink; never refused credentials or Cypher errors. When retries run out the store is
/// unavailable; the caller's cancellation stops everything at once.
/// </summary>
public sealed class RetryPolicySpecs : IAsyncLifetime
{
    private ReplayServer _server = null!;

    public async Task InitializeAsync() => _server = await ReplayServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task A_transient_error_reruns_the_request_and_only_the_successful_attempts_rows_are_kept()
    {
        var rowsThenDeadlock = ReplayAnswer.Json(200,
            """{"results":[{"columns":["x"],"data":[{"row":[99],"meta":[null]}]}],"errors":[{"code":"Neo.TransientError.Transaction.DeadlockDetected","message":"victim"}]}""");
        _server.Then(rowsThenDeadlock, Rows(1, 2));
        using var session = new Neo4jHttpSession(Options(_server.Uri));

        var rows = await Query(session);

        Assert.Equal([1L, 2L], rows);
        Assert.Equal(2, _server.Received.Count);
        Assert.Equal(_server.Received[0].Body, _server.Received[1].Body);
    }

    [Fact]
    public async Task Each_retry_is_announced_with_its_number_and_cause()
    {
        _server.Then(Deadlock(), new ReplayAnswer(503, []), Rows(1));
        using var session = new Neo4jHttpSession(Options(_server.Uri));
        var retries = new List<Neo4jRetry>();
        session.Retrying += retries.Add;

        await Query(session);

        Assert.Equal([1, 2], retries.Select(r => r.Retry));
        Assert.Equal("Neo.TransientError.Transaction.DeadlockDetected", Assert.IsType<Neo4jErrorException>(retries[0].Cause).Code);
        Assert.Contains("HTTP 503", retries[1].Cause.Message);
    }

    [Fact]
    public async Task Transient_errors_that_outlast_the_retries_make_the_store_unavailable()
    {
        _server.Then(Deadlock(), Deadlock(), Deadlock(), Deadlock(), Rows(1));
        using var session = new Neo4jHttpSession(Options(_server.Uri, retries: 3));

        var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => Query(session));

        Assert.Equal(4, _server.Received.Count);
        var cause = Assert.IsType<Neo4jErrorException>(error.InnerException);
        Assert.Equal("Neo.TransientError.Transaction.DeadlockDetected", cause.Code);
        Assert.Contains("after 3 retries", error.Message);
    }

    [Fact]
    public async Task Refused_credentials_are_never_retried()
    {
        _server.Then(Recorded("wrong password"), Rows(1));
        using var session = new Neo4jHttpSession(Options(_server.Uri));

        await Assert.ThrowsAsync<Neo4jConfigurationException>(() => Query(session));

        Assert.Single(_server.Received);
    }

    [Fact]
    public async Task Cypher_errors_are_never_retried()
    {
        _server.Then(Recorded("Cypher syntax error (transaction rolled back)"), Rows(1));
        using var session = new Neo4jHttpSession(Options(_server.Uri));

        await Assert.ThrowsAsync<Neo4jErrorException>(() => Query(session));

        Assert.Single(_server.Received);
    }

    [Fact]
    public async Task A_refused_connection_is_retried_then_the_store_is_unavailable()
    {
        var (session, counter) = Counted(Options(ClosedPort(), retries: 4));
        using var _ = session;

        var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => Query(session));

        Assert.Equal(5, counter.Count);
        Assert.Contains("ScoGraph:Neo4j:Uri", error.Message);
        Assert.Contains("after 4 retries", error.Message);
    }

    [Fact]
    public async Task With_no_retries_configured_one_attempt_is_made()
    {
        var (session, counter) = Counted(Options(ClosedPort(), retries: 0));
        using var _ = session;

        await Assert.ThrowsAsync<StoreUnavailableException>(() => Query(session));

        Assert.Equal(1, counter.Count);
    }

    [Theory]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task A_gateway_error_in_front_of_Neo4j_is_retried(int status)
    {
        _server.Then(new ReplayAnswer(status, "<html>busy</html>"u8.ToArray()), Rows(7));
        using var session = new Neo4jHttpSession(Options(_server.Uri));

        Assert.Equal([7L], await Query(session));
        Assert.Equal(2, _server.Received.Count);
    }

    [Fact]
    public async Task A_request_that_outlasts_RequestTimeout_is_retried_then_the_store_is_unavailable()
    {
        var slow = Rows(1) with { Delay = TimeSpan.FromSeconds(5) };
        _server.Then(slow, slow);
        using var session = new Neo4jHttpSession(Options(_server.Uri, retries: 1, timeout: TimeSpan.FromMilliseconds(200)));

        var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => Query(session));

        Assert.Contains("ScoGraph:Neo4j:RequestTimeout", error.Message);
        Assert.Equal(2, _server.Received.Count);
    }

    [Fact]
    public async Task A_slow_request_that_answers_in_time_is_fine_after_a_timed_out_one()
    {
        _server.Then(Rows(1) with { Delay = TimeSpan.FromSeconds(30) }, Rows(2));
        using var session = new Neo4jHttpSession(Options(_server.Uri, timeout: TimeSpan.FromSeconds(2)));

        Assert.Equal([2L], await Query(session));
    }

    [Fact]
    public async Task An_auto_commit_request_asks_Neo4j_to_stop_it_when_the_client_would_stop_waiting()
    {
        _server.Then(Rows(1));
        using var session = new Neo4jHttpSession(Options(_server.Uri, timeout: TimeSpan.FromSeconds(45)));

        await Query(session);

        Assert.Equal("45000", _server.Received[0].Headers!["max-execution-time"]);
    }

    [Fact]
    public async Task Neo4j_ending_a_request_at_max_execution_time_counts_as_our_timeout_and_is_retried()
    {
        _server.Then(Recorded("max-execution-time request header (ms) on a store-reading query", RecordedExchanges.Semantics), Rows(4));
        using var session = new Neo4jHttpSession(Options(_server.Uri));
        var retries = new List<Neo4jRetry>();
        session.Retrying += retries.Add;

        Assert.Equal([4L], await Query(session));
        Assert.Contains("ScoGraph:Neo4j:RequestTimeout", Assert.Single(retries).Cause.Message);
    }

    [Fact]
    public async Task An_infinite_RequestTimeout_sets_no_limit_at_all()
    {
        _server.Then(Rows(1));
        using var session = new Neo4jHttpSession(Options(_server.Uri, timeout: Timeout.InfiniteTimeSpan));

        Assert.Equal([1L], await Query(session));
        Assert.False(_server.Received[0].Headers!.ContainsKey("max-execution-time"));
    }

    [Fact]
    public async Task The_callers_cancellation_stops_a_request_at_once_and_is_not_retried()
    {
        _server.Then(Rows(1) with { Delay = TimeSpan.FromSeconds(20) }, Rows(1));
        var (session, counter) = Counted(Options(_server.Uri));
        using var _ = session;
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        var clock = Stopwatch.StartNew();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Query(session, ct: cancel.Token));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        Assert.Equal(1, counter.Count);
    }

    [Fact]
    public async Task The_callers_cancellation_also_ends_a_backoff_wait()
    {
        _server.Then(Deadlock(), Rows(1));
        var (session, counter) = Counted(Options(_server.Uri, retryDelay: TimeSpan.FromMinutes(5)));
        using var _ = session;
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var clock = Stopwatch.StartNew();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Query(session, ct: cancel.Token));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        Assert.Equal(1, counter.Count);
    }

    [Fact]
    public async Task The_store_recovers_without_a_new_session_once_Neo4j_is_back()
    {
        _server.Then(Deadlock(), Deadlock(), Rows(3));
        using var session = new Neo4jHttpSession(Options(_server.Uri, retries: 1));

        await Assert.ThrowsAsync<StoreUnavailableException>(() => Query(session));

        Assert.Equal([3L], await Query(session));
    }
}
