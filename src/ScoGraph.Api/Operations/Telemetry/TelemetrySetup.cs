using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using ScoGraph.GraphQL.AspNetCore;

namespace ScoGraph.Api.Operations.Telemetry;

/// <summary>
/// OpenTelemetry for the server: a span per HTTP request (named after its GraphQL operation), spans of store calls
/// and of the engine's phases, outgoing HTTP spans (a store that speaks HTTP), and the <see cref="ScoGraphMetrics"/>
/// plus ASP.NET Core's own request metrics. Exported over OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set (the
/// exporter reads the other <c>OTEL_EXPORTER_OTLP_*</c> variables itself); without an endpoint and without an exporter
/// added by the host (tests add the in-memory one), OpenTelemetry is not started at all.
/// </summary>
public static class TelemetrySetup
{
    public const string OtlpEndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    public static IServiceCollection AddScoGraphTelemetry(
        this IServiceCollection services,
        IConfiguration configuration,
        Action<TracerProviderBuilder>? extraTracing = null,
        Action<MeterProviderBuilder>? extraMetrics = null)
    {
        services.AddMetrics();
        services.AddSingleton<ScoGraphMetrics>();
        services.AddGraphQLDiagnosticEventListener<EngineTracingListener>();

        var otlp = !string.IsNullOrWhiteSpace(configuration[OtlpEndpointVariable]);
        if (!otlp && extraTracing is null && extraMetrics is null) return services;

        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(
                configuration["OTEL_SERVICE_NAME"] is { Length: > 0 } name ? name : ScoGraphTelemetry.DefaultServiceName,
                serviceVersion: typeof(TelemetrySetup).Assembly.GetName().Version?.ToString()))
            .WithTracing(tracing =>
            {
                tracing
                    .AddSource(ScoGraphTelemetry.StoreSourceName, ScoGraphTelemetry.EngineSourceName)
                    .AddAspNetCoreInstrumentation(options =>
                    {
                        // Probes would drown the real traffic.
                        options.Filter = context => !context.Request.Path.StartsWithSegments("/health");
                        options.EnrichWithHttpResponse = (activity, response) =>
                        {
                            if (response.HttpContext.Features.Get<GraphQLRequestFeature>() is { } graphql)
                                activity.DisplayName = GraphQLRequestTelemetryMiddleware.SpanName(graphql);
                        };
                    })
                    .AddHttpClientInstrumentation();
                if (otlp) tracing.AddOtlpExporter();
                extraTracing?.Invoke(tracing);
            })
            .WithMetrics(metrics =>
            {
                metrics
                    .AddMeter(ScoGraphTelemetry.MeterName)
                    .AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation();
                if (otlp) metrics.AddOtlpExporter();
                extraMetrics?.Invoke(metrics);
            });
        return services;
    }
}
