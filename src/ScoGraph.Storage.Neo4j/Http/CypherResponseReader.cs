using System.Text.Json;

namespace ScoGraph.Storage.Neo4j.Http;

/// <summary>One entry of a response's <c>errors</c>.</summary>
public sealed record Neo4jError(string Code, string Message);

/// <summary>What a response said besides its rows (those went to the sink while it was read).</summary>
internal sealed class CypherResponse
{
    public List<Neo4jError> Errors { get; } = [];

    /// <summary>The <c>commit</c> URL of an explicit transaction's replies (not used: we build URLs ourselves).</summary>
    public string? Commit { get; set; }

    /// <summary><c>results[0].plan.root</c>, cloned, when the reader was asked to keep it.</summary>
    public JsonElement? Plan { get; set; }

    /// <summary>The body had <c>results</c> or <c>errors</c>: it came from the Cypher API, not from the web container.</summary>
    public bool IsApiBody { get; set; }

    /// <summary>The <c>message</c> of a web-container body (<c>{"servlet", "message", "url", "status"}</c>: 404/405/415).</summary>
    public string? ContainerMessage { get; set; }

    /// <summary>Number of rows handed to the sink.</summary>
    public long Rows { get; set; }
}

/// <summary>
/// Reads a response of the transactional API as it streams in (semantics page, 4.1 and 5): each
/// <c>results[i].data[j].row</c> goes to the sink as soon as it is parsed; <c>errors</c> are collected wherever they
/// appear (Neo4j writes them after the rows it managed to produce, so a sink may have seen rows of a failed request);
/// <c>plan</c> is kept on request; <c>meta</c>, <c>graph</c>, <c>stats</c>, <c>notifications</c>, bookmarks are skipped.
/// </summary>
internal static class CypherResponseReader
{
    public static async Task<CypherResponse> ReadAsync(Stream body, Action<int, CypherRow>? row, bool keepPlan,
        CancellationToken cancellationToken, int bufferSize = 16 * 1024)
    {
        var response = new CypherResponse();
        using var json = new JsonStreamReader(body, bufferSize);
        if (!await json.ReadAsync(cancellationToken)) return response; // an empty body: nothing to report
        if (json.TokenType != JsonTokenType.StartObject) throw new JsonException($"the body is a JSON {json.TokenType}, not an object");
        while (await json.ReadAsync(cancellationToken) && json.TokenType == JsonTokenType.PropertyName)
        {
            if (json.ValueIs("results"u8))
            {
                response.IsApiBody = true;
                await ReadResultsAsync(json, response, row, keepPlan, cancellationToken);
            }
            else if (json.ValueIs("errors"u8))
            {
                response.IsApiBody = true;
                await ReadErrorsAsync(json, response, cancellationToken);
            }
            else if (json.ValueIs("commit"u8))
            {
                await json.ReadAsync(cancellationToken);
                if (json.TokenType == JsonTokenType.String) response.Commit = json.GetString();
                else await json.SkipAsync(cancellationToken);
            }
            else if (json.ValueIs("message"u8))
            {
                await json.ReadAsync(cancellationToken);
                if (json.TokenType == JsonTokenType.String) response.ContainerMessage = json.GetString();
                else await json.SkipAsync(cancellationToken);
            }
            else
            {
                await json.SkipPropertyValueAsync(cancellationToken);
            }
        }
        return response;
    }

    private static async ValueTask ReadResultsAsync(JsonStreamReader json, CypherResponse response, Action<int, CypherRow>? row,
        bool keepPlan, CancellationToken cancellationToken)
    {
        await json.ExpectAsync(JsonTokenType.StartArray, cancellationToken);
        var statement = 0;
        while (await json.ReadAsync(cancellationToken) && json.TokenType == JsonTokenType.StartObject)
        {
            while (await json.ReadAsync(cancellationToken) && json.TokenType == JsonTokenType.PropertyName)
            {
                if (json.ValueIs("data"u8))
                {
                    await ReadDataAsync(json, response, statement, row, cancellationToken);
                }
                else if (keepPlan && statement == 0 && json.ValueIs("plan"u8))
                {
                    await json.ReadAsync(cancellationToken);
                    using var plan = await json.ReadDocumentAsync(cancellationToken);
                    if (plan.RootElement.ValueKind == JsonValueKind.Object && plan.RootElement.TryGetProperty("root", out var root))
                        response.Plan = root.Clone();
                }
                else
                {
                    await json.SkipPropertyValueAsync(cancellationToken);
                }
            }
            statement++;
        }
    }

    private static async ValueTask ReadDataAsync(JsonStreamReader json, CypherResponse response, int statement,
        Action<int, CypherRow>? row, CancellationToken cancellationToken)
    {
        await json.ExpectAsync(JsonTokenType.StartArray, cancellationToken);
        while (await json.ReadAsync(cancellationToken) && json.TokenType == JsonTokenType.StartObject)
        {
            while (await json.ReadAsync(cancellationToken) && json.TokenType == JsonTokenType.PropertyName)
            {
                if (row is not null && json.ValueIs("row"u8))
                {
                    await json.ReadAsync(cancellationToken);
                    // Only this row is materialised; the document is pooled and returned right after the sink saw it.
                    using var values = await json.ReadDocumentAsync(cancellationToken);
                    if (values.RootElement.ValueKind != JsonValueKind.Array)
                        throw new JsonException($"a row is a JSON {values.RootElement.ValueKind}, not an array");
                    row(statement, new CypherRow(values.RootElement));
                    response.Rows++;
                }
                else
                {
                    await json.SkipPropertyValueAsync(cancellationToken); // meta, graph, rest
                }
            }
        }
    }

    private static async ValueTask ReadErrorsAsync(JsonStreamReader json, CypherResponse response, CancellationToken cancellationToken)
    {
        await json.ExpectAsync(JsonTokenType.StartArray, cancellationToken);
        while (await json.ReadAsync(cancellationToken) && json.TokenType == JsonTokenType.StartObject)
        {
            using var error = await json.ReadDocumentAsync(cancellationToken);
            var code = error.RootElement.TryGetProperty("code", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;
            var message = error.RootElement.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
            response.Errors.Add(new Neo4jError(code ?? "Neo.Unknown", message ?? ""));
        }
    }
}
