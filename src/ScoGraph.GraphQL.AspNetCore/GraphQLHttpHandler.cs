using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Net.Http.Headers;
using ScoGraph.GraphQL.Execution;

namespace ScoGraph.GraphQL.AspNetCore;

/// <summary>
/// The GraphQL-over-HTTP endpoint: GET and POST requests in, JSON results out (written straight to the response
/// body with <see cref="Utf8JsonWriter"/>). Status codes follow the draft specification: under
/// <c>application/graphql-response+json</c> a result without data (parse, validation, limit or variable errors)
/// is 400; under <c>application/json</c> every GraphQL result is 200; requests that cannot be read at all get
/// 400/405/406/413/415 with one explaining error.
/// </summary>
public sealed class GraphQLHttpHandler(GraphQLServer server, GraphQLIdeHandler ide, ILogger<GraphQLHttpHandler> logger)
{
    /// <summary>Ask for the cost of an operation with this request header set to <c>report</c>.</summary>
    public const string CostHeader = "GraphQL-Cost";

    public async Task HandleAsync(HttpContext context)
    {
        try
        {
            await HandleCoreAsync(context);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away: nobody is left to answer.
        }
        catch (Exception e) when (!context.Response.HasStarted)
        {
            // A bug of ours must not show a stack trace (nor the developer exception page) to clients.
            logger.LogError(e, "Unexpected error while handling GraphQL HTTP request {RequestId}", context.TraceIdentifier);
            context.Response.Clear();
            await WriteRefusalAsync(context, GraphQLMediaTypes.Json, new HttpRefusal(StatusCodes.Status500InternalServerError,
                GraphQLHttpErrorCodes.Unexpected(context.TraceIdentifier)));
        }
    }

    private async Task HandleCoreAsync(HttpContext context)
    {
        var request = context.Request;
        var options = server.Options;
        var accept = request.Headers.Accept;

        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
        {
            if (request.Query.ContainsKey("sdl"))
            {
                await WriteSdlAsync(context);
                return;
            }
            // "/graphql/" is the IDE's page; "/graphql" opened by a browser goes there. A GET with a query string is an
            // operation on either path (the IDE sends its own requests to the page's URL).
            if (request.Path.Value?.EndsWith('/') == true && request.Query.Count == 0 && options.EnableIde)
            {
                await ide.ServeAsync(context, "");
                return;
            }
            if (request.Query.Count == 0 && options.EnableIde && GraphQLMediaTypes.AcceptsHtml(accept!))
            {
                context.Response.Redirect(request.PathBase + request.Path + "/", permanent: false);
                return;
            }
        }

        // From here on the request is a GraphQL request (not the schema, nor the IDE): the feature is left for the host's
        // middleware (logs, metrics, traces) to read once the endpoint has answered.
        var feature = new GraphQLRequestFeature();
        context.Features.Set(feature);
        var mediaType = GraphQLMediaTypes.Negotiate(accept!);
        if (mediaType is null)
        {
            await WriteRefusalAsync(context, GraphQLMediaTypes.Json, new HttpRefusal(StatusCodes.Status406NotAcceptable,
                GraphQLHttpErrorCodes.Error(
                    $"None of the accepted media types ({accept}) can be produced; accept \"{GraphQLMediaTypes.GraphQLResponseJson}\" or \"{GraphQLMediaTypes.Json}\".",
                    GraphQLHttpErrorCodes.NotAcceptable)));
            return;
        }

        if (!(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsPost(request.Method)))
        {
            var allowed = options.AllowGetRequests ? "GET, POST" : "POST";
            await WriteRefusalAsync(context, mediaType, new HttpRefusal(StatusCodes.Status405MethodNotAllowed,
                GraphQLHttpErrorCodes.Error($"This endpoint accepts GraphQL requests with {(options.AllowGetRequests ? "GET and POST" : "POST only")}.",
                    GraphQLHttpErrorCodes.MethodNotAllowed), Allow: allowed));
            return;
        }

        var viaGet = !HttpMethods.IsPost(request.Method);
        if (viaGet && !options.AllowGetRequests)
        {
            await WriteRefusalAsync(context, mediaType, new HttpRefusal(StatusCodes.Status405MethodNotAllowed,
                GraphQLHttpErrorCodes.Error("This server accepts GraphQL requests with POST only.", GraphQLHttpErrorCodes.MethodNotAllowed),
                Allow: "POST"));
            return;
        }

        RequestReadResult read;
        try
        {
            read = viaGet
                ? GraphQLRequestReader.ReadGet(request.Query, options)
                : await GraphQLRequestReader.ReadPostAsync(request, options, context.RequestAborted);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            return;
        }
        catch (BadHttpRequestException tooLarge) when (tooLarge.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // A body without Content-Length (chunked) passed the limit mid-read: the same answer as a sized one.
            await WriteRefusalAsync(context, mediaType, GraphQLRequestReader.TooLarge(options.MaxRequestBodySize, options.RequestTooLargeHint));
            return;
        }
        catch (Exception e) when (e is IOException or BadHttpRequestException)
        {
            // The connection broke or Kestrel refused the body mid-read.
            var status = e is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status400BadRequest;
            await WriteRefusalAsync(context, mediaType, new HttpRefusal(status, GraphQLHttpErrorCodes.Error(
                "The request body could not be read: " + e.Message, GraphQLHttpErrorCodes.BadRequest)));
            return;
        }

        if (read.Refusal is { } refusal)
        {
            await WriteRefusalAsync(context, mediaType, refusal);
            return;
        }

        var reportCost = string.Equals(request.Headers[CostHeader], "report", StringComparison.OrdinalIgnoreCase);
        var services = context.RequestServices;
        if (!read.IsBatch)
        {
            var only = read.Operations[0];
            var outcome = await server.ExecuteAsync(only.Operation!, viaGet, reportCost, services, context.RequestAborted, context.TraceIdentifier, feature);
            if (outcome is not { } single) return; // the client went away
            if (single.Refusal is { } refused) await WriteRefusalAsync(context, mediaType, refused);
            else await WriteResultAsync(context, mediaType, single.Result!);
            return;
        }

        // Batches run one after another: the point of a batch is fewer round trips, not more parallel load.
        feature.IsBatch = true;
        var results = new List<ExecutionResult>(read.Operations.Count);
        foreach (var entry in read.Operations)
        {
            if (entry.Error is { } error)
            {
                results.Add(ExecutionResult.FromErrors([error]));
                continue;
            }
            var outcome = await server.ExecuteAsync(entry.Operation!, viaGet, reportCost, services, context.RequestAborted, context.TraceIdentifier, feature);
            if (outcome is not { } done) return;
            results.Add(done.Result ?? ExecutionResult.FromErrors([done.Refusal!.Error]));
        }
        await WriteBatchAsync(context, mediaType, results);
    }

    private async Task WriteSdlAsync(HttpContext context)
    {
        if (!server.Options.EnableIntrospection)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync("The schema is not published: introspection is disabled on this server.", context.RequestAborted);
            return;
        }
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync(server.Sdl, Encoding.UTF8, context.RequestAborted);
    }

    private static Task WriteResultAsync(HttpContext context, string mediaType, ExecutionResult result)
    {
        context.Features.Get<GraphQLRequestFeature>()?.Answered(result.Errors);
        var status = mediaType == GraphQLMediaTypes.GraphQLResponseJson && !result.HasData
            ? StatusCodes.Status400BadRequest
            : StatusCodes.Status200OK;
        return WriteJsonAsync(context, status, mediaType, writer => ExecutionResultJson.Write(writer, result));
    }

    private static Task WriteBatchAsync(HttpContext context, string mediaType, IReadOnlyList<ExecutionResult> results)
    {
        var feature = context.Features.Get<GraphQLRequestFeature>();
        foreach (var result in results) feature?.Answered(result.Errors);
        return WriteJsonAsync(context, StatusCodes.Status200OK, mediaType, writer =>
        {
            writer.WriteStartArray();
            foreach (var result in results) ExecutionResultJson.Write(writer, result);
            writer.WriteEndArray();
        });
    }

    private static Task WriteRefusalAsync(HttpContext context, string mediaType, HttpRefusal refusal)
    {
        context.Features.Get<GraphQLRequestFeature>()?.Answered(refusal.Error);
        if (refusal.Allow is not null) context.Response.Headers[HeaderNames.Allow] = refusal.Allow;
        return WriteJsonAsync(context, refusal.StatusCode, mediaType,
            writer => ExecutionResultJson.Write(writer, ExecutionResult.FromErrors([refusal.Error])));
    }

    private static async Task WriteJsonAsync(HttpContext context, int status, string mediaType, Action<Utf8JsonWriter> write)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = GraphQLMediaTypes.ContentTypeFor(mediaType);
        if (HttpMethods.IsHead(context.Request.Method)) return;
        using (var writer = new Utf8JsonWriter(response.BodyWriter, ExecutionResultJson.WriterOptions))
        {
            write(writer);
        }
        await response.BodyWriter.FlushAsync(context.RequestAborted);
    }
}
