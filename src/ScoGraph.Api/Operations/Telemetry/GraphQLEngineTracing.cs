using System.Diagnostics;

namespace ScoGraph.Api.Operations.Telemetry;

/// <summary>
/// Spans for the GraphQL engine's phases (parse, validate, execute, resolver batches, DataLoader dispatch) under the
/// <see cref="ScoGraphTelemetry.EngineSourceName"/> source, which the tracer subscribes to, started by
/// <see cref="EngineTracingListener"/> from the engine's diagnostic events; the request span itself carries the
/// operation's name and type (<see cref="GraphQLRequestTelemetryMiddleware"/>).
/// </summary>
public static class GraphQLEngineTracing
{
    public const string Parse = "graphql.parse";
    public const string Validate = "graphql.validate";
    public const string Execute = "graphql.execute";
    public const string DataLoaderBatch = "graphql.dataloader.batch";

    /// <summary>Tags of a DataLoader batch span: which loader, and how many keys it fetched at once.</summary>
    public const string LoaderTag = "graphql.dataloader.name";
    public const string KeysTag = "graphql.dataloader.keys";

    /// <summary>Starts an engine phase span as a child of the current request span (null when nobody listens).</summary>
    public static Activity? StartPhase(string phase, string? operationName = null, string? operationType = null)
    {
        var activity = ScoGraphTelemetry.EngineSource.StartActivity(phase, ActivityKind.Internal);
        if (activity is null) return null;
        if (operationName is not null) activity.SetTag(ScoGraphTelemetry.OperationName, operationName);
        if (operationType is not null) activity.SetTag(ScoGraphTelemetry.OperationType, operationType);
        return activity;
    }

    /// <summary>Ends a phase span, marking it failed when the phase reported errors.</summary>
    public static void EndPhase(Activity? activity, int errorCount = 0)
    {
        if (activity is null) return;
        if (errorCount > 0) activity.SetStatus(ActivityStatusCode.Error, $"{errorCount} error(s)");
        activity.Dispose();
    }
}
