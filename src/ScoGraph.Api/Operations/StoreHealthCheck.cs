using Microsoft.Extensions.Diagnostics.HealthChecks;
using ScoGraph.Api.Operations.Telemetry;
using ScoGraph.Domain.Model;
using ScoGraph.Domain.Ports;

namespace ScoGraph.Api.Operations;

/// <summary>
/// Readiness of the store: it answers a one-row read within <see cref="Timeout"/> (reachable), its schema was
/// migrated on open and the dataset was loaded (<see cref="StoreReadiness"/>). Any adapter: only the port is used.
/// </summary>
public sealed class StoreHealthCheck(ITimelineStore store, StoreReadiness readiness) : IHealthCheck
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object>
        {
            ["schema"] = readiness.Schema ?? "not migrated",
            ["dataset"] = readiness.Dataset ?? "not loaded",
        };
        if (readiness.Schema is null) return HealthCheckResult.Unhealthy("The store's schema has not been migrated.", data: data);
        if (readiness.Dataset is null) return HealthCheckResult.Unhealthy("The shipped dataset has not been loaded yet.", data: data);

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            // Past the tracing decorator: a probe every few seconds would fill traces with parentless store spans.
            var probed = store is TracingTimelineStore traced ? traced.Inner : store;
            await probed.FindEntitiesAsync(new EntityQuery(EntityKind.State, Page: new PageRequest(First: 1)), timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"The store did not answer within {Timeout.TotalSeconds:0} s.", data: data);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The probe's answer is read by operators and orchestrators only; the message helps them, the trace is logged.
            return HealthCheckResult.Unhealthy("The store cannot be read: " + e.Message, e, data);
        }
        return HealthCheckResult.Healthy("The store answers; schema migrated; dataset loaded.", data);
    }
}
