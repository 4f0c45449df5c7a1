using System.Buffers;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;
using ScoGraph.GraphQL.Analysis;
using ScoGraph.GraphQL.Execution;

namespace ScoGraph.GraphQL.AspNetCore;

/// <summary>What reading an HTTP request gave: the operations (one, or a batch) or the reason it was refused.</summary>
public sealed record RequestReadResult(IReadOnlyList<OperationOrError> Operations, bool IsBatch, HttpRefusal? Refusal)
{
    public static RequestReadResult Refused(HttpRefusal refusal) => new([], false, refusal);
}

/// <summary>One entry of a request: a readable operation, or (inside a batch) the error that entry gets.</summary>
public readonly record struct OperationOrError(HttpOperationRequest? Operation, GraphQLError? Error);

/// <summary>
/// Reads GraphQL requests from HTTP (GraphQL-over-HTTP draft, section 5): JSON POST bodies, optionally batched,
/// and GET query strings. Refuses, with one clear error each: a body over the size limit (413), a content type
/// other than JSON (415), bytes that are not UTF-8, malformed or too deeply nested JSON, and parameters of the
/// wrong JSON type (400). Never throws on bad input.
/// </summary>
public static class GraphQLRequestReader
{
    public static async Task<RequestReadResult> ReadPostAsync(HttpRequest request, GraphQLServerOptions options, CancellationToken cancellationToken)
    {
        if (CheckContentType(request.ContentType) is { } unsupported) return RequestReadResult.Refused(unsupported);

        var limit = options.MaxRequestBodySize;
        if (limit > 0 && request.ContentLength > limit) return RequestReadResult.Refused(TooLarge(limit, options.RequestTooLargeHint));
        // Our limit governs, not Kestrel's default (30 MB): lift or lower the server's own cap to just above it.
        if (limit > 0 && request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = limit + 1;
        }

        var (body, length, tooLarge) = await ReadBodyAsync(request, limit, cancellationToken);
        try
        {
            if (tooLarge) return RequestReadResult.Refused(TooLarge(limit, options.RequestTooLargeHint));
            return ParseBody(body.AsMemory(0, length), options);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(body);
        }
    }

    /// <summary>Parses a POST body already in memory (also used by tests).</summary>
    public static RequestReadResult ParseBody(ReadOnlyMemory<byte> body, GraphQLServerOptions options)
    {
        if (body.IsEmpty) return RequestReadResult.Refused(HttpRefusal.BadRequest("The request body is empty; send a JSON object with a \"query\"."));
        if (!Utf8.IsValid(body.Span))
        {
            return RequestReadResult.Refused(HttpRefusal.BadRequest(
                "The request body is not valid UTF-8 text.", GraphQLHttpErrorCodes.InvalidUtf8));
        }

        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(body, JsonOptions(options));
        }
        catch (JsonException e)
        {
            return RequestReadResult.Refused(HttpRefusal.BadRequest(
                $"The request body is not valid JSON: {e.Message}", GraphQLHttpErrorCodes.InvalidJson));
        }

        using (json)
        {
            try
            {
                return ReadRoot(json.RootElement, options);
            }
            catch (InvalidOperationException) // System.Text.Json's answer to a string it cannot transcode
            {
                return RequestReadResult.Refused(HttpRefusal.BadRequest(
                    "The request body is not valid JSON: " + LoneSurrogate, GraphQLHttpErrorCodes.InvalidJson));
            }
        }
    }

    /// <summary>
    /// JSON syntax allows <c>"\udc00"</c>, but it is no UTF-16 text: System.Text.Json refuses it only when the string
    /// is read, so every read of a request's strings must treat that refusal as bad JSON.
    /// </summary>
    private const string LoneSurrogate = "a string holds a lone UTF-16 surrogate escape (\\uD800-\\uDFFF without its pair).";

    private static RequestReadResult ReadRoot(JsonElement root, GraphQLServerOptions options)
    {
        switch (root.ValueKind)
        {
            case JsonValueKind.Object:
            {
                var single = ReadOperation(root);
                return single.Error is { } error
                    ? RequestReadResult.Refused(new HttpRefusal(StatusCodes.Status400BadRequest, error))
                    : new RequestReadResult([single], false, null);
            }
            case JsonValueKind.Array:
                return ReadBatch(root, options);
            default:
                return RequestReadResult.Refused(HttpRefusal.BadRequest(
                    "The request body must be a JSON object (or, for a batch, an array of objects)."));
        }
    }

    /// <summary>Reads <c>query</c>, <c>operationName</c>, <c>variables</c>, <c>extensions</c> and <c>id</c> from a query string.</summary>
    public static RequestReadResult ReadGet(IQueryCollection query, GraphQLServerOptions options)
    {
        var variables = ReadJsonParameter(query, "variables", options, out var variablesError);
        if (variablesError is not null) return RequestReadResult.Refused(variablesError);
        var extensions = ReadJsonParameter(query, "extensions", options, out var extensionsError);
        if (extensionsError is not null) return RequestReadResult.Refused(extensionsError);

        var operation = new HttpOperationRequest(
            Single(query, "query"),
            Single(query, "operationName"),
            variables,
            extensions,
            Single(query, "id") ?? Single(query, "documentId") ?? PersistedQueryHash(extensions));
        if (operation.Query is null && operation.DocumentId is null)
        {
            return RequestReadResult.Refused(HttpRefusal.BadRequest(
                "The request has no \"query\" parameter (nor the id of a persisted operation)."));
        }
        return new RequestReadResult([new OperationOrError(operation, null)], false, null);
    }

    private static HttpRefusal? CheckContentType(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return new HttpRefusal(StatusCodes.Status415UnsupportedMediaType, GraphQLHttpErrorCodes.Error(
                "The request has no Content-Type; send the body as \"application/json\".", GraphQLHttpErrorCodes.UnsupportedMediaType));
        }
        if (!MediaTypeHeaderValue.TryParse(contentType, out var parsed)
            || !(parsed.MediaType.Equals(GraphQLMediaTypes.Json, StringComparison.OrdinalIgnoreCase)
                 || parsed.MediaType.Equals("application/graphql-request+json", StringComparison.OrdinalIgnoreCase)))
        {
            return new HttpRefusal(StatusCodes.Status415UnsupportedMediaType, GraphQLHttpErrorCodes.Error(
                $"The Content-Type \"{contentType}\" is not supported; send the body as \"application/json\".",
                GraphQLHttpErrorCodes.UnsupportedMediaType));
        }
        var charset = parsed.Charset.Value;
        if (charset is not null && !charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) && !charset.Equals("utf8", StringComparison.OrdinalIgnoreCase))
        {
            return new HttpRefusal(StatusCodes.Status415UnsupportedMediaType, GraphQLHttpErrorCodes.Error(
                $"The charset \"{charset}\" is not supported; GraphQL requests are UTF-8.", GraphQLHttpErrorCodes.UnsupportedMediaType));
        }
        return null;
    }

    /// <summary>413 for a body over the limit, with the host's hint (e.g. where larger inputs go) when it gave one.</summary>
    internal static HttpRefusal TooLarge(long limit, string? hint) => new(StatusCodes.Status413PayloadTooLarge, GraphQLHttpErrorCodes.Error(
        hint is null ? $"The request body exceeds the maximum of {limit} bytes." : $"The request body exceeds the maximum of {limit} bytes. {hint}",
        GraphQLHttpErrorCodes.RequestTooLarge));

    /// <summary>
    /// Reads the body into a pooled buffer, stopping as soon as it passes the limit. The first buffer follows the
    /// declared Content-Length only up to <see cref="LargestFirstBuffer"/>: a header alone must not make us reserve
    /// memory the body may never fill.
    /// </summary>
    private static async Task<(byte[] Buffer, int Length, bool TooLarge)> ReadBodyAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        var max = limit > 0 ? limit : int.MaxValue - 64;
        var initial = request.ContentLength is > 0 and var declared ? (int)Math.Min(declared, Math.Min(max, LargestFirstBuffer)) : 4096;
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(initial, 16));
        var length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    if (length >= max + 1) return (buffer, length, true);
                    var bigger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)buffer.Length * 2, max + 1));
                    buffer.AsSpan(0, length).CopyTo(bigger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = bigger;
                }
                var read = await request.Body.ReadAsync(buffer.AsMemory(length), cancellationToken);
                if (read == 0) break;
                length += read;
                if (length > max) return (buffer, length, true);
            }
            return (buffer, length, false);
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    private const int LargestFirstBuffer = 64 * 1024;

    private static RequestReadResult ReadBatch(JsonElement array, GraphQLServerOptions options)
    {
        var count = array.GetArrayLength();
        if (options.MaxBatchSize <= 0)
        {
            return RequestReadResult.Refused(HttpRefusal.BadRequest(
                "Request batching is disabled on this server; send one JSON object per request.", GraphQLHttpErrorCodes.BatchingDisabled));
        }
        if (count == 0) return RequestReadResult.Refused(HttpRefusal.BadRequest("The batch is empty; send at least one operation."));
        if (count > options.MaxBatchSize)
        {
            return RequestReadResult.Refused(new HttpRefusal(StatusCodes.Status400BadRequest, QueryLimitChecker.Refuse(
                GraphQLHttpErrorCodes.BatchTooLarge, "maxBatchSize", count, options.MaxBatchSize,
                $"Batch size {count} exceeds the maximum of {options.MaxBatchSize}.")));
        }

        var operations = new List<OperationOrError>(count);
        foreach (var item in array.EnumerateArray())
        {
            operations.Add(item.ValueKind == JsonValueKind.Object
                ? ReadOperation(item)
                : new OperationOrError(null, GraphQLHttpErrorCodes.Error(
                    "Each entry of a batch must be a JSON object with a \"query\".", GraphQLHttpErrorCodes.BadRequest)));
        }
        return new RequestReadResult(operations, true, null);
    }

    private static OperationOrError ReadOperation(JsonElement body)
    {
        string? query = null, operationName = null, id = null;
        IReadOnlyDictionary<string, object?>? variables = null, extensions = null;
        foreach (var property in body.EnumerateObject())
        {
            var value = property.Value;
            switch (property.Name)
            {
                case "query":
                    if (!TryString(value, out query)) return Invalid("The \"query\" parameter must be a string.");
                    break;
                case "operationName":
                    if (!TryString(value, out operationName)) return Invalid("The \"operationName\" parameter must be a string or null.");
                    break;
                case "id" or "documentId":
                    if (!TryString(value, out var givenId)) return Invalid($"The \"{property.Name}\" parameter must be a string.");
                    id ??= givenId;
                    break;
                case "variables":
                    if (!TryMap(value, out variables)) return Invalid("The \"variables\" parameter must be a JSON object or null.");
                    break;
                case "extensions":
                    if (!TryMap(value, out extensions)) return Invalid("The \"extensions\" parameter must be a JSON object or null.");
                    break;
            }
        }

        id ??= PersistedQueryHash(extensions);
        if (query is null && id is null) return Invalid("The request has no \"query\" parameter (nor the id of a persisted operation).");
        return new OperationOrError(new HttpOperationRequest(query, operationName, variables, extensions, id), null);

        static OperationOrError Invalid(string message) => new(null, GraphQLHttpErrorCodes.Error(message, GraphQLHttpErrorCodes.BadRequest));
    }

    private static bool TryString(JsonElement value, out string? text)
    {
        text = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        return value.ValueKind is JsonValueKind.String or JsonValueKind.Null;
    }

    private static bool TryMap(JsonElement value, out IReadOnlyDictionary<string, object?>? map)
    {
        map = JsonInput.ToDictionaryOrNull(value);
        return value.ValueKind is JsonValueKind.Object or JsonValueKind.Null;
    }

    /// <summary>Apollo's automatic persisted queries put the id at <c>extensions.persistedQuery.sha256Hash</c>.</summary>
    private static string? PersistedQueryHash(IReadOnlyDictionary<string, object?>? extensions) =>
        extensions?.GetValueOrDefault("persistedQuery") is IReadOnlyDictionary<string, object?> persisted
            ? persisted.GetValueOrDefault("sha256Hash") as string
            : null;

    private static string? Single(IQueryCollection query, string name) =>
        query.TryGetValue(name, out StringValues values) && values.Count > 0 ? values[0] : null;

    private static IReadOnlyDictionary<string, object?>? ReadJsonParameter(IQueryCollection query, string name, GraphQLServerOptions options, out HttpRefusal? error)
    {
        error = null;
        var text = Single(query, name);
        if (string.IsNullOrEmpty(text)) return null;
        try
        {
            using var json = JsonDocument.Parse(text, JsonOptions(options));
            if (json.RootElement.ValueKind is JsonValueKind.Null) return null;
            if (json.RootElement.ValueKind is not JsonValueKind.Object)
            {
                error = HttpRefusal.BadRequest($"The \"{name}\" parameter must be a JSON object.");
                return null;
            }
            return JsonInput.ToDictionaryOrNull(json.RootElement);
        }
        catch (JsonException e)
        {
            error = HttpRefusal.BadRequest($"The \"{name}\" parameter is not valid JSON: {e.Message}", GraphQLHttpErrorCodes.InvalidJson);
            return null;
        }
        catch (InvalidOperationException)
        {
            error = HttpRefusal.BadRequest($"The \"{name}\" parameter is not valid JSON: {LoneSurrogate}", GraphQLHttpErrorCodes.InvalidJson);
            return null;
        }
    }

    /// <summary>POST bodies and GET parameters nest no deeper than the configured limit.</summary>
    private static JsonDocumentOptions JsonOptions(GraphQLServerOptions options) => new() { MaxDepth = Math.Max(1, options.MaxJsonDepth) };
}
