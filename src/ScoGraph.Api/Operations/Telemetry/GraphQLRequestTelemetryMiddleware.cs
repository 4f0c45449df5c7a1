using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using ScoGraph.GraphQL.AspNetCore;

namespace ScoGraph.Api.Operations.Telemetry;

/// <summary>
/// After the GraphQL endpoint answered (it leaves a <see cref="GraphQLRequestFeature"/>): names the request's span
/// after its operation (<c>query StateByIso</c>, with <c>graphql.operation.name</c>/<c>type</c>), records the request
/// duration by operation, counts the errors by <c>extensions.code</c> and logs one Debug line per request (per-request
/// Information lines would cost more than the request at full load). Other requests pass through untouched.
/// </summary>
public sealed partial class GraphQLRequestTelemetryMiddleware(RequestDelegate next, ScoGraphMetrics metrics, ILogger<GraphQLRequestTelemetryMiddleware> logger)
{
    /// <summary>The code counted for an error without one (issue 11 gives every error a code; this spots any left).</summary>
    public const string NoCode = "NONE";

    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        await next(context);
        if (context.Features.Get<GraphQLRequestFeature>() is not { } graphql) return;

        var (name, type) = Describe(graphql);
        var elapsed = Stopwatch.GetElapsedTime(started);
        metrics.RequestFinished(name, type, elapsed);
        LogAnswered(logger, type, name, context.Response.StatusCode, graphql.Errors.Count, elapsed.TotalMilliseconds);
        foreach (var error in graphql.Errors)
            metrics.ErrorAnswered(error.Extensions?.GetValueOrDefault("code") as string ?? NoCode, type);

        // The hosting span is current while middleware runs; it ends after the pipeline returns, so tags still land.
        if (Activity.Current is { } activity && activity.OperationName == "Microsoft.AspNetCore.Hosting.HttpRequestIn")
        {
            activity.SetTag(ScoGraphTelemetry.OperationType, type);
            if (name is not null) activity.SetTag(ScoGraphTelemetry.OperationName, name);
            if (graphql.Errors.Count > 0) activity.SetTag("graphql.errors", graphql.Errors.Count);
        }
    }

    /// <summary>The operation's name and type as telemetry shows them; a batch is <c>batch</c>, an unreadable request <c>unknown</c>.</summary>
    public static (string? Name, string Type) Describe(GraphQLRequestFeature graphql)
    {
        if (graphql.IsBatch) return (null, "batch");
        if (graphql.Operations is not [var only]) return (null, "unknown");
        var name = only.Name is null ? null : ScoGraphMetrics.LabelFor(only.Name);
        return (name, only.Type?.ToString().ToLowerInvariant() ?? "unknown");
    }

    /// <summary>The span name OpenTelemetry's GraphQL conventions ask for: <c>{type} {name}</c>, or just the type.</summary>
    public static string SpanName(GraphQLRequestFeature graphql)
    {
        var (name, type) = Describe(graphql);
        return name is null ? "GraphQL " + type : $"{type} {name}";
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "GraphQL {OperationType} {OperationName} answered {StatusCode} with {ErrorCount} error(s) in {ElapsedMs:0.0} ms")]
    private static partial void LogAnswered(ILogger logger, string operationType, string? operationName, int statusCode, int errorCount, double elapsedMs);
}
