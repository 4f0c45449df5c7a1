using ScoGraph.Storage.Neo4j.Http;
using ScoGraph.Storage.Neo4j.Tests.Support;
using static ScoGraph.Storage.Neo4j.Tests.Http.SessionHarness;

namespace ScoGraph.Storage.Neo4j.Tests.Http;

/// <summary>
/// Explicit transactions (semantics page, 4.3 and rule 2): the first request opens the transaction, later ones go to
/// its Location, commit ends it; a failure of the work rolls it back with DELETE, an error from Neo4j means it is
/// already rolled back, and a transient error reruns the whole work in a new transaction. None is ever left open.
/// </summary>
public sealed class TransactionFlowSpecs : IAsyncLifetime
{
    private static readonly ReplayAnswer Committed = Recorded("commit the open transaction");
    private static readonly ReplayAnswer RolledBack = Recorded("roll back with DELETE");

    private ReplayServer _server = null!;

    public async Task InitializeAsync() => _server = await ReplayServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private string[] Requests() => [.. _server.Received.Select(r => $"{r.Method} {r.Path}")];

    [Fact]
    public async Task Work_is_sent_to_the_transaction_it_opened_and_committed_at_the_end()
    {
        _server.Then(Recorded("open explicit transaction"), Recorded("run more in the open transaction"), Committed);
        using var session = new Neo4jHttpSession(Options(_server.Uri));

        var result = await session.InTransactionAsync(async (tx, ct) =>
        {
            var created = await tx.QueryAsync(new CypherStatement("CREATE (n:Probe {id: 1}) RETURN n.id AS id"), r => r.Int64(0), ct);
            var counted = await tx.QueryAsync(new CypherStatement("MATCH (n:Probe) RETURN count(n) AS c"), r => r.Int64(0), ct);
            return (created.Single(), counted.Single());
        }, CancellationToken.None);

        Assert.Equal((1L, 1L), result);
        Assert.Equal(["POST /db/neo4j/tx", "POST /db/neo4j/tx/15", "POST /db/neo4j/tx/15/commit"], Requests());
        Assert.Equal("""{"statements":[]}""", _server.Received[2].Body);
        Assert.All(_server.Received, r => Assert.False(r.Headers!.ContainsKey("max-execution-time")));
        Assert.Equal(0, _server.Pending);
    }

    [Fact]
    public async Task The_transaction_is_reached_under_our_own_address_whatever_host_Location_names()
    {
        var opened = Opened(42, 1) with { Headers = new Dictionary<string, string> { ["Location"] = "http://neo4j-internal:7474/db/neo4j/tx/42" } };
        _server.Then(opened, Rows(2), Committed);
        using var session = new Neo4jHttpSession(Options(_server.Uri));

        await session.InTransactionAsync(async (tx, ct) =>
        {
            await tx.ExecuteAsync([new CypherStatement("RETURN 1")], ct);
            await tx.ExecuteAsync([new CypherStatement("RETURN 2")], ct);
            return 0;
        }, CancellationToken.None);

        Assert.Equal(["POST /db/neo4j/tx", "POST /db/neo4j/tx/42", "POST /db/neo4j/tx/42/commit"], Requests());
    }

    [Fact]
    public async Task When_the_work_throws_the_transaction_is_rolled_back_with_DELETE_and_the_error_is_the_works()
    {
        _server.Then(Opened(15, 1), RolledBack);
        using var session = new Neo4jHttpSession(Options(_server.Uri));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => session.InTransactionAsync<int>(async (tx, ct) =>
        {
            await tx.ExecuteAsync([new CypherStatement("CREATE (:Probe)")], ct);
            throw new InvalidOperationException("the work changed its mind");
        }, CancellationToken.None));

        Assert.Equal("the work changed its mind", error.Message);
        Assert.Equal(["POST /db/neo4j/tx", "DELETE /db/neo4j/tx/15"], Requests());
    }

    [Fact]
    public async Task After_a_Neo4j_error_no_DELETE_is_sent_because_Neo4j_already_rolled_the_transaction_back()
    {
        _server.Then(Opened(4890, 1), Recorded("explicit tx: a failing statement", RecordedExchanges.Semantics));
        using var session = new Neo4jHttpSession(Options(_server.Uri));

        var error = await Assert.ThrowsAsync<Neo4jErrorException>(() => session.InTransactionAsync(async (tx, ct) =>
        {
            await tx.ExecuteAsync([new CypherStatement("CREATE (:ErrProbe {id: 'tx-before-error'})")], ct);
            await tx.ExecuteAsync([new CypherStatement("CREATE (:ErrProbe {id: 'e1'})")], ct);
            return 0;
        }, CancellationToken.None));

        Assert.Equal("Neo.ClientError.Schema.ConstraintValidationFailed", error.Code);
        Assert.Equal(["POST /db/neo4j/tx", "POST /db/neo4j/tx/4890"], Requests());
    }

    [Fact]
    public async Task An_answer_that_is_not_Neo4js_leaves_the_transaction_open_so_it_is_rolled_back_with_DELETE()
    {
        _server.Then(Opened(15, 1), new ReplayAnswer(500, "<html>proxy error</html>"u8.ToArray()), RolledBack);
        using var session = new Neo4jHttpSession(Options(_server.Uri));

        var error = await Assert.ThrowsAsync<Neo4jErrorException>(() => session.InTransactionAsync(async (tx, ct) =>
        {
            await tx.ExecuteAsync([new CypherStatement("CREATE (:Probe)")], ct);
            await tx.ExecuteAsync([new CypherStatement("CREATE (:Probe)")], ct);
            return 0;
        }, CancellationToken.None));

        Assert.Equal("ScoGraph.Neo4j.UnexpectedResponse", error.Code);
        Assert.Equal(["POST /db/neo4j/tx", "POST /db/neo4j/tx/15", "DELETE /db/neo4j/tx/15"], Requests());
    }

    [Fact]
    public async Task A_transient_error_in_the_middle_reruns_the_whole_work_in_a_new_transaction()
    {
        _server.Then(Opened(15, 1), Deadlock(), Opened(16, 1), Rows(2), Committed);
        using var session = new Neo4jHttpSession(Options(_server.Uri));
        var runs = 0;

        var result = await session.InTransactionAsync(async (tx, ct) =>
        {
            runs++;
            await tx.ExecuteAsync([new CypherStatement("MATCH (n:TxProbe {id: 'd2'}) SET n.v = 2")], ct);
            return (await tx.QueryAsync(new CypherStatement("MATCH (n:TxProbe {id: 'd1'}) SET n.v = 2 RETURN 2"), r => r.Int64(0), ct)).Single();
        }, CancellationToken.None);

        Assert.Equal(2L, result);
        Assert.Equal(2, runs);
        Assert.Equal(["POST /db/neo4j/tx", "POST /db/neo4j/tx/15", "POST /db/neo4j/tx", "POST /db/neo4j/tx/16", "POST /db/neo4j/tx/16/commit"], Requests());
    }

    [Fact]
    public async Task A_transient_error_at_commit_also_reruns_the_work()
    {
        _server.Then(Opened(15, 1), Deadlock(), Opened(16, 1), Committed);
        using var session = new Neo4jHttpSession(Options(_server.Uri));
        var runs = 0;

        await session.InTransactionAsync(async (tx, ct) =>
        {
            runs++;
            await tx.ExecuteAsync([new CypherStatement("CREATE (:Probe)")], ct);
            return 0;
        }, CancellationToken.None);

        Assert.Equal(2, runs);
        Assert.Equal(["POST /db/neo4j/tx", "POST /db/neo4j/tx/15/commit", "POST /db/neo4j/tx", "POST /db/neo4j/tx/16/commit"], Requests());
    }

    [Fact]
    public async Task A_cancelled_transaction_is_rolled_back_with_DELETE()
    {
        _server.Then(Opened(15, 1), Rows(1) with { Delay = TimeSpan.FromSeconds(20) }, RolledBack);
        using var session = new Neo4jHttpSession(Options(_server.Uri));
        using var cancel = new CancellationTokenSource();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => session.InTransactionAsync(async (tx, ct) =>
        {
            await tx.ExecuteAsync([new CypherStatement("CREATE (:Probe)")], ct);
            cancel.CancelAfter(TimeSpan.FromMilliseconds(200));
            await tx.ExecuteAsync([new CypherStatement("MATCH (n) RETURN count(n)")], ct);
            return 0;
        }, cancel.Token));

        Assert.Equal(["POST /db/neo4j/tx", "POST /db/neo4j/tx/15", "DELETE /db/neo4j/tx/15"], Requests());
    }

    [Fact]
    public async Task A_transaction_whose_rollback_finds_it_gone_is_fine()
    {
        _server.Then(Opened(16, 1), Recorded("using a finished transaction"));
        using var session = new Neo4jHttpSession(Options(_server.Uri));

        await Assert.ThrowsAsync<TimeoutException>(() => session.InTransactionAsync<int>(async (tx, ct) =>
        {
            await tx.ExecuteAsync([new CypherStatement("CREATE (:Probe)")], ct);
            throw new TimeoutException("work gave up");
        }, CancellationToken.None));

        Assert.Equal(["POST /db/neo4j/tx", "DELETE /db/neo4j/tx/16"], Requests());
    }

    [Fact]
    public async Task Work_that_sends_nothing_opens_no_transaction()
    {
        using var session = new Neo4jHttpSession(Options(_server.Uri));

        var result = await session.InTransactionAsync((_, _) => Task.FromResult(5), CancellationToken.None);

        Assert.Equal(5, result);
        Assert.Empty(_server.Received);
    }

    [Fact]
    public async Task Requests_of_one_transaction_go_one_at_a_time()
    {
        _server.Then(Opened(15, 1), Rows(1) with { Delay = TimeSpan.FromSeconds(1) }, RolledBack);
        using var session = new Neo4jHttpSession(Options(_server.Uri));

        await Assert.ThrowsAsync<InvalidOperationException>(() => session.InTransactionAsync(async (tx, ct) =>
        {
            await tx.ExecuteAsync([new CypherStatement("RETURN 1")], ct);
            var first = tx.ExecuteAsync([new CypherStatement("RETURN 2")], ct);
            var second = tx.ExecuteAsync([new CypherStatement("RETURN 3")], ct);
            await Task.WhenAll(first, second);
            return 0;
        }, CancellationToken.None));
    }
}
