using System.Text;
using System.Text.Json;
using ScoGraph.Domain.Ports;
using ScoGraph.Storage.Neo4j.Http;
using ScoGraph.Storage.Neo4j.Tests.Support;
using static ScoGraph.Storage.Neo4j.Tests.Http.SessionHarness;

namespace ScoGraph.Storage.Neo4j.Tests.Http;

/// <summary>
/// What the session makes of Neo4j's recorded answers, replayed over HTTP: failures are told apart by error code, not
/// by status (semantics page, 4.2). Configuration mistakes stop start-up with the setting to fix; Cypher errors keep
/// their code; nothing here is retried.
/// </summary>
public sealed class ErrorMappingSpecs : IAsyncLifetime
{
    private ReplayServer _server = null!;

    public async Task InitializeAsync() => _server = await ReplayServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Connecting_reads_version_and_edition_then_runs_RETURN_1_with_basic_auth()
    {
        _server.Then(Recorded("discovery document"), Recorded("single statement, auto-commit"));
        using var session = new Neo4jHttpSession(Options(_server.Uri));

        var info = await session.ConnectAsync(CancellationToken.None);

        Assert.Equal(("5.13.0", "community"), (info.Version, info.Edition));
        var (discovery, probe) = (_server.Received[0], _server.Received[1]);
        Assert.Equal(("GET", "/"), (discovery.Method, discovery.Path));
        Assert.Equal(("POST", "/db/neo4j/tx/commit"), (probe.Method, probe.Path));
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("neo4j:secret")), probe.Authorization);
        Assert.Equal("application/json", probe.Accept);
        Assert.StartsWith("application/json", probe.ContentType);
        Assert.Equal("""{"statements":[{"statement":"RETURN 1"}]}""", probe.Body);
    }

    [Fact]
    public async Task Wrong_credentials_stop_start_up_naming_the_user_and_the_settings_without_a_retry()
    {
        _server.Then(Recorded("discovery document"), Recorded("wrong password"));
        using var session = new Neo4jHttpSession(Options(_server.Uri));

        var error = await Assert.ThrowsAsync<Neo4jConfigurationException>(() => session.ConnectAsync(CancellationToken.None));

        Assert.Equal($"Neo4j at {_server.Uri} refused user 'neo4j': wrong user or password (ScoGraph:Neo4j:User / Password)", error.Message);
        Assert.Equal("Neo.ClientError.Security.Unauthorized", error.Code);
        Assert.Equal(2, _server.Received.Count);
    }

    [Fact]
    public async Task Too_many_failed_logins_is_a_configuration_error_and_is_never_retried()
    {
        _server.Then(Recorded("wrong password, attempt 4 in a row", RecordedExchanges.Semantics));
        using var session = new Neo4jHttpSession(Options(_server.Uri));

        var error = await Assert.ThrowsAsync<Neo4jConfigurationException>(() => Query(session));

        Assert.Equal("Neo.ClientError.Security.AuthenticationRateLimit", error.Code);
        Assert.Contains("ScoGraph:Neo4j:User / Password", error.Message);
        Assert.Single(_server.Received);
    }

    [Fact]
    public async Task An_unknown_database_stops_start_up_naming_the_database_and_its_setting()
    {
        _server.Then(Recorded("discovery document"), Recorded("unknown database"));
        using var session = new Neo4jHttpSession(Options(_server.Uri, database: "nosuchdb"));

        var error = await Assert.ThrowsAsync<Neo4jConfigurationException>(() => session.ConnectAsync(CancellationToken.None));

        Assert.StartsWith($"Neo4j at {_server.Uri} has no database 'nosuchdb' (ScoGraph:Neo4j:Database)", error.Message);
        Assert.Equal("/db/nosuchdb/tx/commit", _server.Received[1].Path);
        Assert.Equal(2, _server.Received.Count);
    }

    [Fact]
    public async Task An_unreachable_server_is_unavailable_naming_the_address_and_its_setting()
    {
        var uri = ClosedPort();
        var (session, counter) = Counted(Options(uri, retries: 2));
        using var _ = session;

        var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => session.ConnectAsync(CancellationToken.None));

        Assert.StartsWith($"Neo4j at {uri} cannot be reached (ScoGraph:Neo4j:Uri)", error.Message);
        Assert.Equal(3, counter.Count);
    }

    [Fact]
    public async Task Something_else_on_the_address_is_a_configuration_error()
    {
        _server.Then(new ReplayAnswer(200, "<html>not neo4j</html>"u8.ToArray()));
        using var session = new Neo4jHttpSession(Options(_server.Uri));

        var error = await Assert.ThrowsAsync<Neo4jConfigurationException>(() => session.ConnectAsync(CancellationToken.None));

        Assert.Contains("ScoGraph:Neo4j:Uri", error.Message);
    }

    public static TheoryData<int> CypherErrors()
    {
        var data = new TheoryData<int>();
        foreach (var exchange in RecordedExchanges.Of(RecordedExchanges.Semantics))
            if (exchange.Status == 200 && FirstCode(exchange) is string code && !code.StartsWith("Neo.TransientError.", StringComparison.Ordinal)
                && code != "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration")
                data.Add(exchange.Index);
        return data;
    }

    [Theory]
    [MemberData(nameof(CypherErrors))]
    public async Task Every_recorded_Cypher_error_surfaces_with_its_code_and_message_and_is_not_retried(int index)
    {
        var exchange = RecordedExchanges.Of(RecordedExchanges.Semantics)[index];
        _server.Then(ReplayAnswer.From(exchange), Rows(1));
        using var session = new Neo4jHttpSession(Options(_server.Uri));

        var error = await Assert.ThrowsAsync<Neo4jErrorException>(() => Query(session));

        Assert.Equal(FirstCode(exchange), error.Code);
        Assert.Equal(exchange.ResponseBody.GetProperty("errors")[0].GetProperty("message").GetString(), error.Neo4jMessage);
        Assert.False(error.IsTransient);
        Assert.Single(_server.Received);
    }

    [Fact]
    public async Task A_constraint_violation_keeps_its_code_for_the_store_to_turn_into_a_conflict()
    {
        _server.Then(Recorded("constraint violation"));
        using var session = new Neo4jHttpSession(Options(_server.Uri));

        var error = await Assert.ThrowsAsync<Neo4jErrorException>(() => Query(session, "CREATE (:State {id: 'IND'})"));

        Assert.Equal("Neo.ClientError.Schema.ConstraintValidationFailed", error.Code);
    }

    [Fact]
    public async Task Rows_before_an_error_reach_the_sink_but_the_request_fails_and_the_result_is_never_made()
    {
        _server.Then(Recorded("error after some rows were produced (streaming)", RecordedExchanges.Semantics));
        using var session = new Neo4jHttpSession(Options(_server.Uri));
        var sink = new RecordingSink();

        await Assert.ThrowsAsync<Neo4jErrorException>(() => session.ExecuteAsync([new CypherStatement("UNWIND $xs AS x RETURN 10 / x AS y")], () => sink, CancellationToken.None));

        Assert.Equal([10L, 5L], sink.Values);
        Assert.False(sink.Completed);
    }

    [Theory]
    [InlineData("transaction id that is not a number", typeof(Neo4jConfigurationException))]
    [InlineData("Query API v2 (added in 5.19) on 5.13", typeof(Neo4jConfigurationException))]
    [InlineData("text/plain Content-Type", typeof(Neo4jErrorException))]
    [InlineData("GET on the commit endpoint", typeof(Neo4jErrorException))]
    public async Task Web_container_bodies_become_errors_that_say_what_answered(string title, Type expected)
    {
        _server.Then(Recorded(title, RecordedExchanges.Semantics));
        using var session = new Neo4jHttpSession(Options(_server.Uri));

        var error = await Assert.ThrowsAnyAsync<Exception>(() => Query(session));

        Assert.IsType(expected, error);
        var status = RecordedExchanges.Titled(RecordedExchanges.Semantics, title).Status;
        Assert.Contains($"HTTP {status}", error.Message);
        Assert.Single(_server.Received);
    }

    [Fact]
    public async Task A_body_that_is_not_JSON_is_an_unexpected_response_not_a_crash()
    {
        _server.Then(new ReplayAnswer(500, "<html>Internal error</html>"u8.ToArray()));
        using var session = new Neo4jHttpSession(Options(_server.Uri));

        var error = await Assert.ThrowsAsync<Neo4jErrorException>(() => Query(session));

        Assert.Equal("ScoGraph.Neo4j.UnexpectedResponse", error.Code);
        Assert.Contains("HTTP 500", error.Message);
    }

    [Fact]
    public async Task A_parameter_Cypher_cannot_carry_fails_as_the_callers_mistake_and_is_not_retried()
    {
        var (session, counter) = Counted(Options(_server.Uri));
        using var _ = session;
        _server.Then(Rows(1), Rows(1), Rows(1), Rows(1));

        await Assert.ThrowsAsync<CypherParameterException>(() =>
            session.QueryAsync(CypherStatement.Of("RETURN $p", ("p", DayOfWeek.Monday)), r => r.Int64(0), CancellationToken.None));

        Assert.Equal(1, counter.Count);
    }

    [Fact]
    public async Task What_the_callers_row_mapping_throws_reaches_the_caller_unchanged_and_is_not_retried()
    {
        _server.Then(Rows(1), Rows(1));
        using var session = new Neo4jHttpSession(Options(_server.Uri));

        var error = await Assert.ThrowsAsync<JsonException>(() =>
            session.QueryAsync<int>(new CypherStatement("RETURN 1"), _ => throw new JsonException("mapping failed"), CancellationToken.None));

        Assert.Equal("mapping failed", error.Message);
        Assert.Single(_server.Received);
    }

    [Fact]
    public async Task No_statements_send_no_request()
    {
        using var session = new Neo4jHttpSession(Options(_server.Uri));

        await session.ExecuteAsync([], CancellationToken.None);

        Assert.Empty(_server.Received);
    }

    private static string? FirstCode(RecordedExchange exchange) =>
        exchange.ResponseBody.ValueKind == JsonValueKind.Object &&
        exchange.ResponseBody.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array &&
        errors.GetArrayLength() > 0 && errors[0].TryGetProperty("code", out var code)
            ? code.GetString()
            : null;
}

internal sealed class RecordingSink : ICypherRowSink<List<long?>>
{
    public List<long?> Values { get; } = [];
    public bool Completed { get; private set; }
    public void Row(int statement, CypherRow row) => Values.Add(row.Int64(0));

    public List<long?> Complete()
    {
        Completed = true;
        return Values;
    }
}
