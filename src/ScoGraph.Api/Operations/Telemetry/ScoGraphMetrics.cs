using System.Diagnostics.Metrics;

namespace ScoGraph.Api.Operations.Telemetry;

/// <summary>
/// The server's own metrics (meter <see cref="ScoGraphTelemetry.MeterName"/>): GraphQL request duration by operation,
/// GraphQL errors by code, store call latency by call. Recording costs next to nothing while nobody listens.
/// </summary>
public sealed class ScoGraphMetrics
{
    public const string RequestDurationName = "scograph.graphql.request.duration";
    public const string ErrorsName = "scograph.graphql.errors";
    public const string StoreCallDurationName = "scograph.store.call.duration";

    /// <summary>Operation names are chosen by clients: cap their length so one cannot bloat every series' labels.</summary>
    public const int MaxOperationNameLength = 100;

    private readonly Histogram<double> _requestDuration;
    private readonly Counter<long> _errors;
    private readonly Histogram<double> _storeCallDuration;

    public ScoGraphMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(ScoGraphTelemetry.MeterName);
        _requestDuration = meter.CreateHistogram<double>(RequestDurationName, "s", "Duration of GraphQL HTTP requests, by operation.");
        _errors = meter.CreateCounter<long>(ErrorsName, "{error}", "GraphQL errors answered to clients, by extensions.code.");
        _storeCallDuration = meter.CreateHistogram<double>(StoreCallDurationName, "s", "Duration of store calls, by call.");
    }

    public void RequestFinished(string? operationName, string operationType, TimeSpan duration) =>
        _requestDuration.Record(duration.TotalSeconds,
            new(ScoGraphTelemetry.OperationName, LabelFor(operationName)),
            new(ScoGraphTelemetry.OperationType, operationType));

    public void ErrorAnswered(string code, string operationType) =>
        _errors.Add(1, new(ScoGraphTelemetry.ErrorCode, code), new(ScoGraphTelemetry.OperationType, operationType));

    public void StoreCallFinished(string call, TimeSpan duration, string? errorType)
    {
        if (errorType is null) _storeCallDuration.Record(duration.TotalSeconds, new KeyValuePair<string, object?>(ScoGraphTelemetry.StoreCall, call));
        else _storeCallDuration.Record(duration.TotalSeconds, new(ScoGraphTelemetry.StoreCall, call), new(ScoGraphTelemetry.ErrorType, errorType));
    }

    internal static string LabelFor(string? operationName) => operationName switch
    {
        null or "" => "(anonymous)",
        { Length: > MaxOperationNameLength } long_ => long_[..MaxOperationNameLength],
        _ => operationName,
    };
}
