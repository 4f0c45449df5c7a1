using ScoGraph.Domain.Ports;
using ScoGraph.Storage.Neo4j.Http;
using ScoGraph.Storage.Neo4j.Tests.Support;
using ScoGraph.Storage.Neo4j.Testing;

namespace ScoGraph.Storage.Neo4j.Tests.Http;

/// <summary>
/// The session against a real Neo4j (skipped without one): start-up checks, parameters round-tripping with their
/// Cypher types, transactions committing and rolling back, deadlocks mapped as transient and retried away, plans.
/// Nodes are labelled <c>:TransportProbe</c> and removed before and after.
/// </summary>
[Collection(Neo4jServerCollection.Name)]
public sealed class SessionOnServerSpecs(Neo4jServerFixture server) : IAsyncLifetime
{
    private Neo4jHttpSession _session = null!;

    public async Task InitializeAsync()
    {
        if (!server.Available) return;
        _session = new Neo4jHttpSession(server.Options());
        await WipeAsync();
    }

    public async Task DisposeAsync()
    {
        if (!server.Available) return;
        await WipeAsync();
        _session.Dispose();
    }

    private Task WipeAsync() => _session.ExecuteAsync([new CypherStatement("MATCH (n:TransportProbe) DETACH DELETE n")], CancellationToken.None);

    [Neo4jFact]
    public async Task Connecting_finds_a_Neo4j_5_server()
    {
        var info = await _session.ConnectAsync(CancellationToken.None);

        Assert.StartsWith("5.", info.Version);
        Assert.False(string.IsNullOrEmpty(info.Edition));
    }

    [Neo4jFact]
    public async Task Wrong_credentials_and_an_unknown_database_are_configuration_errors()
    {
        using var wrongPassword = new Neo4jHttpSession(server.Options() with { Password = "definitely-wrong" });
        using var wrongDatabase = new Neo4jHttpSession(server.Options() with { Database = "nosuchdb" });

        var refused = await Assert.ThrowsAsync<Neo4jConfigurationException>(() => wrongPassword.ConnectAsync(CancellationToken.None));
        var missing = await Assert.ThrowsAsync<Neo4jConfigurationException>(() => wrongDatabase.ConnectAsync(CancellationToken.None));
        await _session.ConnectAsync(CancellationToken.None); // a right login ends the run of failures (rate limit after 3)

        Assert.Contains("wrong user or password", refused.Message);
        Assert.Contains("'nosuchdb' (ScoGraph:Neo4j:Database)", missing.Message);
    }

    [Neo4jFact]
    public async Task Parameters_arrive_with_their_Cypher_types()
    {
        var rows = await _session.QueryAsync(CypherStatement.Of(
            "RETURN valueType($f), valueType($i), valueType($d), date($day) = date('2017-06-09'), datetime($at) = datetime('2024-07-04T08:15:30Z'), $text, size($rows), $rows[1].name",
            ("f", 5.0), ("i", 5), ("d", 12.5m), ("day", new DateOnly(2017, 6, 9)),
            ("at", new DateTimeOffset(2024, 7, 4, 10, 15, 30, TimeSpan.FromHours(2))), ("text", "Шанхай 上海 \"quoted\""),
            ("rows", new[] { new Dictionary<string, object?> { ["name"] = "a" }, new Dictionary<string, object?> { ["name"] = "b" } })),
            row => (row.String(0), row.String(1), row.String(2), row.Boolean(3), row.Boolean(4), row.String(5), row.Int64(6), row.String(7)),
            CancellationToken.None);

        Assert.Equal(("FLOAT NOT NULL", "INTEGER NOT NULL", "FLOAT NOT NULL", true, true, "Шанхай 上海 \"quoted\"", 2L, "b"), Assert.Single(rows));
    }

    [Neo4jFact]
    public async Task Temporal_values_read_back_exactly()
    {
        var at = new DateTimeOffset(2026, 12, 6, 21, 5, 39, TimeSpan.Zero).AddTicks(1_234_567);

        var rows = await _session.QueryAsync(CypherStatement.Of("RETURN date($d), datetime($at), datetime($at) + duration('PT0S')",
            ("d", new DateOnly(2001, 6, 15)), ("at", at)), row => (row.Date(0), row.DateTime(1), row.DateTime(2)), CancellationToken.None);

        Assert.Equal((new DateOnly(2001, 6, 15), at, at), Assert.Single(rows));
    }

    [Neo4jFact]
    public async Task Several_statements_in_one_request_are_one_transaction()
    {
        var error = await Assert.ThrowsAsync<Neo4jErrorException>(() => _session.ExecuteAsync([
            new CypherStatement("CREATE (:TransportProbe {id: 'multi-1'})"),
            new CypherStatement("UNWIND [1, 0] AS x RETURN 1 / x"),
        ], CancellationToken.None));

        Assert.Equal("Neo.ClientError.Statement.ArithmeticError", error.Code);
        Assert.Equal(0L, await CountAsync("multi-1"));
    }

    [Neo4jFact]
    public async Task An_explicit_transaction_commits_its_work_and_a_failed_one_leaves_nothing()
    {
        var created = await _session.InTransactionAsync(async (tx, ct) =>
        {
            await tx.ExecuteAsync([new CypherStatement("CREATE (:TransportProbe {id: 'committed'})")], ct);
            return (await tx.QueryAsync(new CypherStatement("MATCH (n:TransportProbe {id: 'committed'}) RETURN count(n)"), r => r.Int64(0), ct)).Single();
        }, CancellationToken.None);
        await Assert.ThrowsAsync<InvalidOperationException>(() => _session.InTransactionAsync<int>(async (tx, ct) =>
        {
            await tx.ExecuteAsync([new CypherStatement("CREATE (:TransportProbe {id: 'rolled-back'})")], ct);
            throw new InvalidOperationException("changed my mind");
        }, CancellationToken.None));

        Assert.Equal(1L, created);
        Assert.Equal(1L, await CountAsync("committed"));
        Assert.Equal(0L, await CountAsync("rolled-back"));
    }

    [Neo4jFact]
    public async Task A_deadlock_is_a_transient_error_and_a_retry_makes_both_writers_succeed()
    {
        await _session.ExecuteAsync([new CypherStatement("CREATE (:TransportProbe {id: 'd1', v: 0}), (:TransportProbe {id: 'd2', v: 0})")], CancellationToken.None);

        var withoutRetries = await DeadlockAsync(retries: 0);
        var withRetries = await DeadlockAsync(retries: 4);

        var victim = Assert.Single(withoutRetries.OfType<StoreUnavailableException>());
        Assert.Equal("Neo.TransientError.Transaction.DeadlockDetected", Assert.IsType<Neo4jErrorException>(victim.InnerException).Code);
        Assert.All(withRetries, Assert.Null);
    }

    /// <summary>A locks d1 then wants d2; B locks d2 then wants d1 (semantics page, 9). Returns each writer's failure.</summary>
    private async Task<Exception?[]> DeadlockAsync(int retries)
    {
        using var a = new Neo4jHttpSession(server.Options() with { MaxRetries = retries });
        using var b = new Neo4jHttpSession(server.Options() with { MaxRetries = retries });
        var aLocked = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var bLocked = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        async Task<Exception?> Writer(Neo4jHttpSession session, string first, string second, TaskCompletionSource mine, TaskCompletionSource theirs)
        {
            try
            {
                await session.InTransactionAsync(async (tx, ct) =>
                {
                    await tx.ExecuteAsync([CypherStatement.Of("MATCH (n:TransportProbe {id: $id}) SET n.v = n.v + 1", ("id", first))], ct);
                    mine.TrySetResult();
                    await theirs.Task.WaitAsync(TimeSpan.FromSeconds(30), ct);
                    await tx.ExecuteAsync([CypherStatement.Of("MATCH (n:TransportProbe {id: $id}) SET n.v = n.v + 1", ("id", second))], ct);
                    return 0;
                }, CancellationToken.None);
                return null;
            }
            catch (Exception exception)
            {
                return exception;
            }
        }

        return await Task.WhenAll(Writer(a, "d1", "d2", aLocked, bLocked), Writer(b, "d2", "d1", bLocked, aLocked));
    }

    [Neo4jFact]
    public async Task EXPLAIN_plans_without_running_and_PROFILE_runs_and_counts()
    {
        var explained = await _session.PlanAsync(new CypherStatement("CREATE (:TransportProbe {id: 'explained'})"), profile: false, CancellationToken.None);
        var profiled = await _session.PlanAsync(CypherStatement.Of("MATCH (n:TransportProbe) WHERE n.id = $id RETURN n", ("id", "x")), profile: true, CancellationToken.None);

        Assert.Contains("Create", CypherPlan.PlanOperators(explained));
        Assert.Equal(0L, await CountAsync("explained"));
        Assert.Equal("ProduceResults", CypherPlan.PlanOperators(profiled)[0]);
        Assert.True(profiled.TryGetProperty("Rows", out _));
    }

    [Neo4jFact]
    public async Task A_large_result_streams_through_row_by_row()
    {
        var count = await _session.ExecuteAsync([new CypherStatement("UNWIND range(1, 200000) AS i RETURN i, 'row ' + i AS text")],
            () => new CountingSink(), CancellationToken.None);

        Assert.Equal(200_000, count);
    }

    [Neo4jFact]
    public async Task A_large_UNWIND_batch_is_written_in_one_request()
    {
        var rows = Enumerable.Range(0, 5_000).Select(i => new Dictionary<string, object?> { ["id"] = $"batch-{i}", ["from"] = new DateOnly(2001, 6, 15) }).ToList();

        await _session.ExecuteAsync([CypherStatement.Of("UNWIND $rows AS row CREATE (:TransportProbe {id: row.id, from: date(row.from)})", ("rows", rows))],
            CancellationToken.None);

        var stored = await _session.QueryAsync(new CypherStatement("MATCH (n:TransportProbe) WHERE n.id STARTS WITH 'batch-' RETURN count(n), min(n.from)"),
            row => (row.Int64(0), row.Date(1)), CancellationToken.None);
        Assert.Equal((5_000L, new DateOnly(2001, 6, 15)), Assert.Single(stored));
    }

    private async Task<long?> CountAsync(string id) =>
        (await _session.QueryAsync(CypherStatement.Of("MATCH (n:TransportProbe {id: $id}) RETURN count(n)", ("id", id)), r => r.Int64(0), CancellationToken.None)).Single();

    private sealed class CountingSink : ICypherRowSink<int>
    {
        private int _rows;
        public void Row(int statement, CypherRow row) => _rows++;
        public int Complete() => _rows;
    }
}
