using System.Text.Json;

namespace ScoGraph.Storage.Neo4j.Tests.Support;

/// <summary>One request and Neo4j 5.13's answer, as recorded in <c>Fixtures/*.json</c>.</summary>
public sealed record RecordedExchange(string File, int Index, string Title, string Method, string Path,
    JsonElement RequestBody, IReadOnlyDictionary<string, string> RequestHeaders, int Status,
    IReadOnlyDictionary<string, string> ResponseHeaders, JsonElement ResponseBody)
{
    /// <summary>The response body as Neo4j sent it (key order kept: <c>errors</c> after <c>results</c>).</summary>
    public byte[] ResponseBytes() => ResponseBody.ValueKind == JsonValueKind.Undefined
        ? []
        : JsonSerializer.SerializeToUtf8Bytes(ResponseBody);

    public override string ToString() => $"{System.IO.Path.GetFileNameWithoutExtension(File)} #{Index}: {Title}";
}

/// <summary>The recorded exchanges of the fixture files copied next to the tests.</summary>
public static class RecordedExchanges
{
    public const string Http = "neo4j-http-5.13.json";
    public const string Semantics = "neo4j-semantics-5.13.json";

    private static readonly Dictionary<string, IReadOnlyList<RecordedExchange>> Loaded = [];

    public static IReadOnlyList<RecordedExchange> Of(string file)
    {
        lock (Loaded)
        {
            if (Loaded.TryGetValue(file, out var cached)) return cached;
            var path = System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", file);
            using var document = JsonDocument.Parse(System.IO.File.ReadAllBytes(path));
            var list = new List<RecordedExchange>();
            var index = 0;
            foreach (var exchange in document.RootElement.GetProperty("exchanges").EnumerateArray())
            {
                var request = exchange.GetProperty("request");
                var response = exchange.GetProperty("response");
                list.Add(new RecordedExchange(file, index++, exchange.GetProperty("title").GetString()!,
                    request.GetProperty("method").GetString()!, request.GetProperty("path").GetString()!,
                    request.TryGetProperty("body", out var requestBody) ? requestBody.Clone() : default,
                    Headers(request), response.GetProperty("status").GetInt32(), Headers(response),
                    response.TryGetProperty("body", out var body) ? body.Clone() : default));
            }
            return Loaded[file] = list;
        }
    }

    /// <summary>The first exchange of <paramref name="file"/> whose title is <paramref name="title"/>.</summary>
    public static RecordedExchange Titled(string file, string title) =>
        Of(file).FirstOrDefault(e => e.Title == title) ?? throw new ArgumentException($"no exchange titled '{title}' in {file}");

    private static IReadOnlyDictionary<string, string> Headers(JsonElement message)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (message.TryGetProperty("headers", out var h) && h.ValueKind == JsonValueKind.Object)
            foreach (var p in h.EnumerateObject()) headers[p.Name] = p.Value.ToString();
        return headers;
    }
}
