using System.Diagnostics;

namespace ScoGraph.Api.Operations.Telemetry;

/// <summary>
/// The names our traces and metrics are published under (what an OpenTelemetry setup subscribes to) and the
/// attribute names they carry. GraphQL attributes follow OpenTelemetry's GraphQL semantic conventions.
/// </summary>
public static class ScoGraphTelemetry
{
    /// <summary>The service name when <c>OTEL_SERVICE_NAME</c> does not set one.</summary>
    public const string DefaultServiceName = "scograph";

    /// <summary>Spans of store calls (<see cref="TracingTimelineStore"/>).</summary>
    public const string StoreSourceName = "ScoGraph.Store";

    /// <summary>Spans of the GraphQL engine's phases (<see cref="GraphQLEngineTracing"/>).</summary>
    public const string EngineSourceName = "ScoGraph.GraphQL";

    /// <summary>The meter of <see cref="ScoGraphMetrics"/>.</summary>
    public const string MeterName = "ScoGraph";

    public const string OperationName = "graphql.operation.name";
    public const string OperationType = "graphql.operation.type";
    public const string ErrorCode = "graphql.error.code";
    public const string StoreCall = "scograph.store.call";
    public const string StoreRows = "scograph.store.rows";
    public const string StoreIds = "scograph.store.ids";
    public const string EntityKind = "scograph.entity.kind";
    public const string ErrorType = "error.type";

    internal static readonly ActivitySource StoreSource = new(StoreSourceName);

    internal static readonly ActivitySource EngineSource = new(EngineSourceName);
}
