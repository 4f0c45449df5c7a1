using System.Text;
using System.Text.Json;
using ScoGraph.Storage.Neo4j.Http;
using ScoGraph.Storage.Neo4j.Tests.Support;

namespace ScoGraph.Storage.Neo4j.Tests.Http;

/// <summary>
/// The response reader on Neo4j 5.13's real answers (Fixtures/*.json): rows reach the sink as they are read, errors
/// are found wherever they are, and nothing else in the body (meta, graph, stats, notifications, bookmarks) matters.
/// Bodies are fed a few bytes at a time through a tiny buffer, so every token also crosses buffer refills.
/// </summary>
public sealed class ResponseReaderSpecs
{
    public static TheoryData<string, int> EveryRecordedResponse()
    {
        var data = new TheoryData<string, int>();
        foreach (var file in new[] { RecordedExchanges.Http, RecordedExchanges.Semantics })
            foreach (var exchange in RecordedExchanges.Of(file))
                if (exchange.ResponseBody.ValueKind == JsonValueKind.Object && exchange.Path != "/")
                    data.Add(file, exchange.Index);
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryRecordedResponse))]
    public async Task Every_recorded_response_yields_exactly_its_rows_and_errors(string file, int index)
    {
        var exchange = RecordedExchanges.Of(file)[index];
        var expectedRows = ExpectedRows(exchange.ResponseBody);
        var expectedErrors = exchange.ResponseBody.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array
            ? errors.EnumerateArray().Select(e => e.TryGetProperty("code", out var c) ? c.GetString() : null).ToList()
            : [];

        foreach (var (chunk, buffer) in new[] { (3, 16), (4096, 16 * 1024) })
        {
            var rows = new List<(int Statement, string Row)>();
            var response = await Read(exchange.ResponseBytes(), (i, row) => rows.Add((i, RowText(row))), chunk: chunk, buffer: buffer);

            Assert.Equal(expectedRows, rows);
            Assert.Equal(expectedErrors, response.Errors.Select(e => e.Code).ToList<string?>());
        }
    }

    [Fact]
    public async Task A_row_arrives_with_every_JSON_type_in_its_columns()
    {
        var rows = await Rows(RecordedExchanges.Titled(RecordedExchanges.Http, "single statement, auto-commit"));

        var row = Assert.Single(rows);
        Assert.Equal("""[1,"a",null,[1,2],{"k":"v"}]""", row);
    }

    [Fact]
    public async Task Temporal_values_arrive_as_ISO_strings_that_CypherRow_reads_by_the_column_type_the_query_knows()
    {
        var exchange = RecordedExchanges.Titled(RecordedExchanges.Http, "temporal values come back as strings; meta says their type");
        var read = new List<(string Id, DateOnly? From, DateTimeOffset? At, string? Duration)>();

        await Read(exchange.ResponseBytes(), (_, row) => read.Add((row.RequiredString(0), row.Date(1), row.DateTime(2), row.String(3))));

        Assert.Equal(
            [("IND", new DateOnly(2017, 6, 9), new DateTimeOffset(2024, 7, 4, 10, 15, 0, TimeSpan.Zero), "P1Y2M"),
             ("PAK", new DateOnly(2017, 6, 9), new DateTimeOffset(2024, 7, 4, 10, 15, 0, TimeSpan.Zero), "P1Y2M")],
            read);
    }

    [Fact]
    public async Task Nodes_in_rows_are_plain_property_maps_and_the_graph_format_is_skipped()
    {
        var graph = RecordedExchanges.Titled(RecordedExchanges.Http, "graph result format");

        var rows = await Rows(graph);

        Assert.Equal(["""[{"aliases":["Republic of India"],"name":"India","id":"IND"},{"validFrom":"2017-06-09","status":"MEMBER"},{"id":"sco"}]"""], rows);
    }

    [Fact]
    public async Task Each_statement_of_a_request_delivers_its_rows_under_its_own_index()
    {
        var exchange = RecordedExchanges.Titled(RecordedExchanges.Http, "several statements in one request (one transaction)");
        var rows = new List<(int, long?)>();

        await Read(exchange.ResponseBytes(), (i, row) => rows.Add((i, row.Int64(0))));

        Assert.Equal([(0, 1L), (1, 2L)], rows);
    }

    [Fact]
    public async Task Rows_produced_before_a_failure_are_delivered_and_the_error_after_them_is_still_found()
    {
        var exchange = RecordedExchanges.Titled(RecordedExchanges.Semantics, "error after some rows were produced (streaming)");
        var rows = new List<long?>();

        var response = await Read(exchange.ResponseBytes(), (_, row) => rows.Add(row.Int64(0)));

        Assert.Equal([10L, 5L], rows);
        Assert.Equal(new Neo4jError("Neo.ClientError.Statement.ArithmeticError", "/ by zero"), Assert.Single(response.Errors));
    }

    [Fact]
    public async Task Errors_are_found_even_when_they_come_before_results()
    {
        var body = """{"errors":[{"code":"Neo.ClientError.Statement.SyntaxError","message":"x"}],"results":[{"columns":["a"],"data":[{"row":[1],"meta":[null]}]}]}""";
        var rows = 0;

        var response = await Read(Encoding.UTF8.GetBytes(body), (_, _) => rows++);

        Assert.Equal("Neo.ClientError.Statement.SyntaxError", Assert.Single(response.Errors).Code);
        Assert.Equal(1, rows);
    }

    [Fact]
    public async Task Notifications_do_not_fail_a_request()
    {
        var exchange = RecordedExchanges.Titled(RecordedExchanges.Http, "as-of query shape (valid-time filter on relationship)");

        var response = await Read(exchange.ResponseBytes(), (_, _) => { });

        Assert.Empty(response.Errors);
        Assert.Equal(2, response.Rows);
    }

    [Fact]
    public async Task Wrong_password_and_unknown_database_bodies_carry_their_codes()
    {
        var wrong = await Read(RecordedExchanges.Titled(RecordedExchanges.Http, "wrong password").ResponseBytes(), null);
        var missing = await Read(RecordedExchanges.Titled(RecordedExchanges.Http, "unknown database").ResponseBytes(), null);

        Assert.Equal("Neo.ClientError.Security.Unauthorized", Assert.Single(wrong.Errors).Code);
        Assert.Equal("Neo.ClientError.Database.DatabaseNotFound", Assert.Single(missing.Errors).Code);
    }

    [Fact]
    public async Task Transaction_lifecycle_bodies_carry_the_commit_URL_and_no_errors()
    {
        foreach (var title in new[] { "open explicit transaction", "run more in the open transaction", "commit the open transaction" })
        {
            var response = await Read(RecordedExchanges.Titled(RecordedExchanges.Http, title).ResponseBytes(), (_, _) => { });

            Assert.Empty(response.Errors);
            Assert.Equal("http://127.0.0.1:7474/db/neo4j/tx/15/commit", response.Commit);
        }
        var rolledBack = await Read(RecordedExchanges.Titled(RecordedExchanges.Http, "roll back with DELETE").ResponseBytes(), null);
        Assert.True(rolledBack.IsApiBody);
        Assert.Empty(rolledBack.Errors);
        var finished = await Read(RecordedExchanges.Titled(RecordedExchanges.Http, "using a finished transaction").ResponseBytes(), null);
        Assert.Equal("Neo.ClientError.Transaction.TransactionNotFound", Assert.Single(finished.Errors).Code);
    }

    [Fact]
    public async Task A_web_container_body_is_told_apart_from_the_Cypher_API()
    {
        var exchange = RecordedExchanges.Titled(RecordedExchanges.Semantics, "transaction id that is not a number");

        var response = await Read(exchange.ResponseBytes(), null);

        Assert.False(response.IsApiBody);
        Assert.Equal("Not Found", response.ContainerMessage);
    }

    [Fact]
    public async Task The_plan_is_kept_only_when_asked_and_lists_its_operators_without_the_runtime_suffix()
    {
        var bytes = RecordedExchanges.Titled(RecordedExchanges.Http, "EXPLAIN / plan").ResponseBytes();

        var without = await Read(bytes, null);
        var with = await Read(bytes, null, keepPlan: true, chunk: 7, buffer: 32);

        Assert.Null(without.Plan);
        Assert.Equal(["ProduceResults", "NodeUniqueIndexSeek"], CypherPlan.PlanOperators(with.Plan!.Value));
    }

    [Fact]
    public async Task A_row_larger_than_the_buffer_grows_it_and_a_large_skipped_value_does_not()
    {
        var big = new string('é', 100_000);
        var nodes = string.Join(",", Enumerable.Range(0, 5000).Select(i => "{\"id\":\"" + i + "\"}"));
        var body = "{\"results\":[{\"columns\":[\"s\"],\"data\":[{\"row\":[\"" + big + "\"],\"meta\":[null],\"graph\":{\"nodes\":[" + nodes + "]}}]}],\"errors\":[]}";
        var rows = new List<string?>();

        var response = await Read(Encoding.UTF8.GetBytes(body), (_, row) => rows.Add(row.String(0)), chunk: 1000, buffer: 64);

        Assert.Equal([big], rows);
        Assert.Empty(response.Errors);
    }

    [Fact]
    public async Task An_empty_body_is_an_empty_answer_and_a_body_that_is_not_JSON_is_refused()
    {
        var empty = await Read([], null);
        Assert.Empty(empty.Errors);
        await Assert.ThrowsAnyAsync<JsonException>(() => Read("<html>Bad Gateway</html>"u8.ToArray(), null));
        await Assert.ThrowsAnyAsync<JsonException>(() => Read("""{"results":[{"data":[{"row":[1,"""u8.ToArray(), (_, _) => { }));
    }

    [Fact]
    public async Task A_row_is_only_valid_during_the_call_that_receives_it()
    {
        CypherRow kept = default;
        var bytes = RecordedExchanges.Titled(RecordedExchanges.Http, "single statement, auto-commit").ResponseBytes();

        await Read(bytes, (_, row) => kept = row);

        Assert.Throws<ObjectDisposedException>(() => kept.Count);
    }

    internal static async Task<CypherResponse> Read(byte[] body, Action<int, CypherRow>? row, bool keepPlan = false,
        int chunk = 5, int buffer = 16)
    {
        using var stream = new TrickleStream(body, chunk);
        return await CypherResponseReader.ReadAsync(stream, row, keepPlan, CancellationToken.None, buffer);
    }

    private static async Task<List<string>> Rows(RecordedExchange exchange)
    {
        var rows = new List<string>();
        await Read(exchange.ResponseBytes(), (_, row) => rows.Add(RowText(row)));
        return rows;
    }

    private static string RowText(CypherRow row) => JsonSerializer.Serialize(Enumerable.Range(0, row.Count).Select(i => row[i]));

    private static List<(int, string)> ExpectedRows(JsonElement body)
    {
        var rows = new List<(int, string)>();
        if (!body.TryGetProperty("results", out var results) || results.ValueKind != JsonValueKind.Array) return rows;
        var i = 0;
        foreach (var result in results.EnumerateArray())
        {
            if (result.TryGetProperty("data", out var data))
                foreach (var item in data.EnumerateArray())
                    if (item.TryGetProperty("row", out var row))
                        rows.Add((i, JsonSerializer.Serialize(row.EnumerateArray())));
            i++;
        }
        return rows;
    }
}

/// <summary>A stream that hands out at most a few bytes per read, like a slow network.</summary>
internal sealed class TrickleStream(byte[] data, int chunk) : Stream
{
    private int _position;

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var n = Math.Min(Math.Min(chunk, buffer.Length), data.Length - _position);
        data.AsSpan(_position, n).CopyTo(buffer);
        _position += n;
        return n;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Read(buffer.Span));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Task.FromResult(Read(buffer, offset, count));

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => data.Length;
    public override long Position { get => _position; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
