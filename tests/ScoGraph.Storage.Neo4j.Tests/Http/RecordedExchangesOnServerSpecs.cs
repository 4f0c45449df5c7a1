using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ScoGraph.Storage.Neo4j.Http;
using ScoGraph.Storage.Neo4j.Tests.Support;
using ScoGraph.Storage.Neo4j.Testing;

namespace ScoGraph.Storage.Neo4j.Tests.Http;

/// <summary>
/// Against a real Neo4j (skipped without one): every request of <c>Fixtures/neo4j-http-5.13.json</c> is sent again, in
/// order, and must get an answer of the recorded shape (status, error codes, columns, rows), and that live answer
/// must read through the transport's parser to the same rows and errors. This is what keeps the unit tests, which run
/// on the recordings, honest about the server.
/// </summary>
[Collection(Neo4jServerCollection.Name)]
public sealed class RecordedExchangesOnServerSpecs(Neo4jServerFixture server)
{
    private static readonly string[] RecordedSchema = ["state_id", "status_from", "names"];

    [Neo4jFact]
    public async Task Every_recorded_request_gets_an_answer_of_the_recorded_shape()
    {
        var options = server.Options();
        using var http = Client(options, options.Password);
        using var wrong = Client(options, options.Password + "-wrong");
        var commit = $"db/{Uri.EscapeDataString(options.Database)}/tx/commit";
        var existingSchema = await SchemaNamesAsync(http, commit);
        await PostAsync(http, commit, """{"statements":[{"statement":"MATCH (n) WHERE n:State OR n:Organization OR n:Probe DETACH DELETE n"}]}""");
        var transactions = new Dictionary<string, string>(); // recorded tx id → live tx id
        try
        {
            foreach (var exchange in RecordedExchanges.Of(RecordedExchanges.Http))
            {
                var path = LivePath(exchange.Path, transactions, options.Database);
                using var request = new HttpRequestMessage(new HttpMethod(exchange.Method), path);
                if (exchange.RequestBody.ValueKind == JsonValueKind.Object)
                    request.Content = new StringContent(exchange.RequestBody.GetRawText(), Encoding.UTF8, "application/json");
                using var response = await (exchange.Title == "wrong password" ? wrong : http).SendAsync(request);
                var body = await response.Content.ReadAsByteArrayAsync();

                Assert.True(exchange.Status == (int)response.StatusCode, $"{exchange}: HTTP {(int)response.StatusCode}, recorded {exchange.Status}: {Encoding.UTF8.GetString(body)}");
                if (response.Headers.Location is Uri location)
                {
                    var recorded = exchange.ResponseHeaders["Location"];
                    transactions[recorded[(recorded.LastIndexOf('/') + 1)..]] = location.ToString()[(location.ToString().LastIndexOf('/') + 1)..];
                }
                if (exchange.Path == "/")
                {
                    using var discovery = JsonDocument.Parse(body);
                    Assert.StartsWith("5.", discovery.RootElement.GetProperty("neo4j_version").GetString());
                    continue;
                }
                using var live = JsonDocument.Parse(body);
                AssertSameShape(exchange, live.RootElement);
                await AssertParsesAlikeAsync(exchange, body);
            }
        }
        finally
        {
            await PostAsync(http, commit, """{"statements":[{"statement":"MATCH (n) WHERE n:State OR n:Organization OR n:Probe DETACH DELETE n"}]}""");
            foreach (var name in RecordedSchema.Except(existingSchema))
                await PostAsync(http, commit, $$"""{"statements":[{"statement":"DROP CONSTRAINT {{name}} IF EXISTS"},{"statement":"DROP INDEX {{name}} IF EXISTS"}]}""");
        }
    }

    private static void AssertSameShape(RecordedExchange exchange, JsonElement live)
    {
        var recorded = exchange.ResponseBody;
        Assert.True(Codes(recorded).SequenceEqual(Codes(live)), $"{exchange}: errors {string.Join(",", Codes(live))}, recorded {string.Join(",", Codes(recorded))}");
        var recordedResults = Results(recorded);
        var liveResults = Results(live);
        Assert.Equal(recordedResults.Count, liveResults.Count);
        for (var i = 0; i < recordedResults.Count; i++)
        {
            Assert.Equal(JsonSerializer.Serialize(recordedResults[i].GetProperty("columns")), JsonSerializer.Serialize(liveResults[i].GetProperty("columns")));
            var recordedRows = Rows(recordedResults[i]);
            var liveRows = Rows(liveResults[i]);
            if (exchange.Title == "version") Assert.Equal(recordedRows.Count, liveRows.Count);
            else Assert.Equal(recordedRows, liveRows);
            Assert.Equal(recordedResults[i].TryGetProperty("plan", out _), liveResults[i].TryGetProperty("plan", out _));
        }
        Assert.Equal(recorded.TryGetProperty("commit", out _), live.TryGetProperty("commit", out _));
    }

    private static async Task AssertParsesAlikeAsync(RecordedExchange exchange, byte[] body)
    {
        var rows = new List<string>();
        using var stream = new MemoryStream(body);
        var parsed = await CypherResponseReader.ReadAsync(stream, (i, row) => rows.Add($"{i}:{Canonical(JsonSerializer.SerializeToElement(Enumerable.Range(0, row.Count).Select(c => row[c])))}"),
            keepPlan: true, CancellationToken.None);

        var expected = Results(JsonDocument.Parse(body).RootElement)
            .SelectMany((result, i) => Rows(result).Select(row => $"{i}:{row}")).ToList();
        Assert.Equal(expected, rows);
        Assert.Equal(Codes(JsonDocument.Parse(body).RootElement), parsed.Errors.Select(e => (string?)e.Code).ToList());
        if (exchange.Title == "EXPLAIN / plan")
            Assert.Equal(["ProduceResults", "NodeUniqueIndexSeek"], CypherPlan.PlanOperators(parsed.Plan!.Value));
    }

    private static string LivePath(string recorded, Dictionary<string, string> transactions, string database)
    {
        var path = recorded.TrimStart('/');
        if (path.StartsWith("db/neo4j/", StringComparison.Ordinal)) path = $"db/{Uri.EscapeDataString(database)}/" + path["db/neo4j/".Length..];
        foreach (var (recordedId, liveId) in transactions)
        {
            var marker = $"/tx/{recordedId}";
            if (path.EndsWith(marker, StringComparison.Ordinal) || path.Contains(marker + "/", StringComparison.Ordinal))
                return path.Replace(marker, $"/tx/{liveId}", StringComparison.Ordinal); // once: live ids may equal recorded ones
        }
        return path;
    }

    private static List<string?> Codes(JsonElement body) =>
        body.TryGetProperty("errors", out var errors) ? [.. errors.EnumerateArray().Select(e => e.GetProperty("code").GetString())] : [];

    private static List<JsonElement> Results(JsonElement body) =>
        body.TryGetProperty("results", out var results) ? [.. results.EnumerateArray()] : [];

    private static List<string> Rows(JsonElement result) =>
        result.TryGetProperty("data", out var data) ? [.. data.EnumerateArray().Select(d => Canonical(d.GetProperty("row")))] : [];

    /// <summary>JSON with object keys sorted: Neo4j orders a node's properties by token id, which differs between databases.</summary>
    private static string Canonical(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "{" + string.Join(",", value.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => JsonSerializer.Serialize(p.Name) + ":" + Canonical(p.Value))) + "}",
        JsonValueKind.Array => "[" + string.Join(",", value.EnumerateArray().Select(Canonical)) + "]",
        _ => JsonSerializer.Serialize(value),
    };

    private static HttpClient Client(Neo4jStoreOptions options, string password)
    {
        var http = new HttpClient { BaseAddress = new Uri(options.Uri.AbsoluteUri.TrimEnd('/') + "/") };
        http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.User}:{password}")));
        return http;
    }

    private static async Task<JsonElement> PostAsync(HttpClient http, string path, string body)
    {
        using var response = await http.PostAsync(path, new StringContent(body, Encoding.UTF8, "application/json"));
        using var document = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync());
        return document.RootElement.Clone();
    }

    private static async Task<HashSet<string>> SchemaNamesAsync(HttpClient http, string commit)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var show in new[] { "SHOW CONSTRAINTS YIELD name", "SHOW INDEXES YIELD name" })
        {
            var answer = await PostAsync(http, commit, $$"""{"statements":[{"statement":"{{show}}"}]}""");
            foreach (var result in Results(answer))
                foreach (var item in result.GetProperty("data").EnumerateArray())
                    names.Add(item.GetProperty("row")[0].GetString()!);
        }
        return names;
    }
}
