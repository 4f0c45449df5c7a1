using Microsoft.AspNetCore.Builder;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using ScoGraph.Domain.Ports;

namespace ScoGraph.Api.Hosting;

/// <summary>Hooks for hosts other than <c>Program</c> (tests, benchmarks): extra configuration, a store decorator, telemetry exporters.</summary>
public sealed record ScoGraphHostSetup
{
    /// <summary>Runs right after the builder is created: add configuration sources, URLs, logging...</summary>
    public Action<WebApplicationBuilder>? ConfigureBuilder { get; init; }

    /// <summary>Wraps the opened store (after seeding) before the API uses it, e.g. to count calls.</summary>
    public Func<ITimelineStore, ITimelineStore>? WrapStore { get; init; }

    /// <summary>Adds to the tracer (e.g. an in-memory exporter); starts OpenTelemetry even without an OTLP endpoint.</summary>
    public Action<TracerProviderBuilder>? ConfigureTracing { get; init; }

    /// <summary>Adds to the meter provider (e.g. an in-memory exporter); starts OpenTelemetry even without an OTLP endpoint.</summary>
    public Action<MeterProviderBuilder>? ConfigureMetrics { get; init; }
}
