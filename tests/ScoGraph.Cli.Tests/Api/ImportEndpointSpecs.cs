using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ScoGraph.Cli.Tests.Support;

namespace ScoGraph.Cli.Tests.Api;

/// <summary><c>POST /import</c> on the real server: authorization, streaming answers, the bad-input corpus.</summary>
public sealed class ImportEndpointSpecs
{
    private static async Task<(HttpStatusCode Status, List<JsonElement> Lines)> PostAsync(ImportServer server, HttpContent body, string? key = ImportServer.Key, string query = "")
    {
        using var client = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromMinutes(2) };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/import" + query) { Content = body };
        if (key is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
        return (response.StatusCode, lines);
    }

    private static HttpContent Ndjson(byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-ndjson");
        return content;
    }

    private static HttpContent Ndjson(string text) => Ndjson(Encoding.UTF8.GetBytes(text));

    private const string OneSource = """{"type":"source","id":"s","title":"A"}""" + "\n";

    [Fact]
    public async Task No_key_and_a_wrong_key_are_401_the_right_key_imports()
    {
        await using var server = await ImportServer.StartAsync();

        var none = await PostAsync(server, Ndjson(OneSource), key: null);
        var wrong = await PostAsync(server, Ndjson(OneSource), key: "wrong");
        var right = await PostAsync(server, Ndjson(OneSource));

        Assert.Equal(HttpStatusCode.Unauthorized, none.Status);
        Assert.Equal("UNAUTHENTICATED", none.Lines[0].GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.Status);
        Assert.Equal(HttpStatusCode.OK, right.Status);
        Assert.Equal(["checked", "batch", "summary"], right.Lines.Select(l => l.GetProperty("type").GetString()));
        Assert.Equal(1, right.Lines[^1].GetProperty("created").GetInt32());
        Assert.Equal(1, await StoreProbe.CountAsync(server.DatabasePath));
    }

    [Fact]
    public async Task A_server_without_keys_refuses_imports_with_403()
    {
        await using var server = await ImportServer.StartAsync(apiKeys: null);

        var answer = await PostAsync(server, Ndjson(OneSource), key: "anything");

        Assert.Equal(HttpStatusCode.Forbidden, answer.Status);
        Assert.Equal(0, await StoreProbe.CountAsync(server.DatabasePath));
    }

    [Fact]
    public async Task Every_bad_line_of_the_corpus_is_reported_with_its_line_number_while_good_batches_land()
    {
        await using var server = await ImportServer.StartAsync();
        var body = new MemoryStream();
        void Line(string text) => body.Write(Encoding.UTF8.GetBytes(text + "\n"));
        Line("""{"type":"source","id":"good-1","title":"Good"}""");                                  // 1 good
        Line("""{"type":"source","id":"truncated","title":"Trunc""");                                // 2 truncated JSON
        Line("""{"type":"planet","id":"mars"}""");                                                   // 3 unknown type
        Line("""{"type":"source","id":"bad-date","title":"B","published":"2006-02-30"}""");          // 4 bad date
        Line("""{"type":"state","id":"XYZ","name":"X","iso3":"XYZ","sources":["no-such-source"]}"""); // 5 unknown reference
        Line("""{"type":"source","id":"good-1","title":"Again"}""");                                 // 6 duplicate id
        Line("{\"type\":\"source\",\"id\":\"huge\",\"title\":\"H\",\"excerpt\":\"" + new string('x', 10 << 20) + "\"}"); // 7 a 10 MB line
        body.Write([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d, 0x0a]);                                      // 8 invalid UTF-8
        Line("""{"type":"source","id":"good-2","title":"Good too"}""");                              // 9 good

        var answer = await PostAsync(server, Ndjson(body.ToArray()), query: "?batchSize=1&mode=continue");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        var errors = answer.Lines.Where(l => l.GetProperty("type").GetString() == "batch")
            .SelectMany(b => b.GetProperty("errors").EnumerateArray())
            .Select(e => (Line: e.GetProperty("line").GetInt32(), Message: e.GetProperty("message").GetString()!))
            .ToList();
        Assert.Equal([2, 3, 4, 5, 6, 7, 8], errors.Select(e => e.Line).Distinct());
        Assert.Contains(errors, e => e.Line == 2 && e.Message.Contains("not valid JSON"));
        Assert.Contains(errors, e => e.Line == 3 && e.Message.Contains("\"planet\" is not one of"));
        Assert.Contains(errors, e => e.Line == 4 && e.Message.Contains("February 2006 has 28 days"));
        Assert.Contains(errors, e => e.Line == 5 && e.Message.Contains("no-such-source"));
        Assert.Contains(errors, e => e.Line == 6 && e.Message.Contains("already defined on line 1"));
        Assert.Contains(errors, e => e.Line == 7 && e.Message.Contains("bytes long"));
        Assert.Contains(errors, e => e.Line == 8 && e.Message.Contains("not valid UTF-8"));
        var summary = answer.Lines[^1];
        Assert.Equal("summary", summary.GetProperty("type").GetString());
        Assert.Equal(2, summary.GetProperty("created").GetInt32());
        Assert.Equal(2, await StoreProbe.CountAsync(server.DatabasePath));
    }

    [Fact]
    public async Task A_gzip_body_is_unpacked_and_a_body_that_is_not_gzip_is_reported_on_line_1()
    {
        await using var server = await ImportServer.StartAsync();
        var packed = new MemoryStream();
        await using (var gzip = new GZipStream(packed, CompressionLevel.Fastest, leaveOpen: true))
            await gzip.WriteAsync(Encoding.UTF8.GetBytes(OneSource));
        var good = Ndjson(packed.ToArray());
        good.Headers.ContentEncoding.Add("gzip");
        var bad = Ndjson(OneSource);
        bad.Headers.ContentEncoding.Add("gzip");

        var unpacked = await PostAsync(server, good);
        var notGzip = await PostAsync(server, bad);

        Assert.Equal(1, unpacked.Lines[^1].GetProperty("created").GetInt32());
        var error = notGzip.Lines.Single(l => l.GetProperty("type").GetString() == "batch").GetProperty("errors")[0];
        Assert.Equal(1, error.GetProperty("line").GetInt32());
        Assert.Contains("not valid gzip", error.GetProperty("message").GetString());
        Assert.Equal(0, notGzip.Lines[^1].GetProperty("created").GetInt32());
    }

    [Fact]
    public async Task A_body_over_the_configured_limit_is_413_naming_the_setting()
    {
        await using var server = await ImportServer.StartAsync(ImportServer.Key, false, "--ScoGraph:Import:MaxBodySize=100");

        var answer = await PostAsync(server, Ndjson(OneSource + OneSource + OneSource));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, answer.Status);
        Assert.Contains("ScoGraph:Import:MaxBodySize", answer.Lines[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task An_importFacts_too_large_for_graphql_names_the_setting_and_points_to_the_import_endpoint()
    {
        await using var server = await ImportServer.StartAsync();
        using var client = new HttpClient { BaseAddress = server.Address };
        var lines = string.Concat(Enumerable.Range(0, 12_000).Select(i => $$"""{"type":"source","id":"s{{i}}","title":"Source number {{i}}"}""" + "\n"));
        var request = JsonSerializer.Serialize(new { query = "mutation($l: String!) { importFacts(lines: $l) { created } }", variables = new { l = lines } });
        using var message = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(request, Encoding.UTF8, "application/json") };
        message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ImportServer.Key);

        using var response = await client.SendAsync(message);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("ScoGraph:GraphQL:MaxRequestBodySize", text);
        Assert.Contains("POST /import", text);
    }
}
