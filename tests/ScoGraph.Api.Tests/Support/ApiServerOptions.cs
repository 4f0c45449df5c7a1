using Microsoft.Extensions.Logging;

using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using ScoGraph.Domain.Ports;

namespace ScoGraph.Api.Tests.Support;

/// <summary>How <see cref="ApiServer.StartAsync"/> sets up a server.</summary>
public sealed record ApiServerOptions
{
    /// <summary>Load the shipped dataset into the fresh store.</summary>
    public bool Seed { get; init; } = true;

    /// <summary>The keys mutations accept (<c>ScoGraph:ApiKeys</c>); empty = no key configured.</summary>
    public IReadOnlyList<string> ApiKeys { get; init; } = ["test-key"];

    /// <summary>Wraps the real store before the API uses it (e.g. a counting decorator); seeding bypasses it.</summary>
    public Func<ITimelineStore, ITimelineStore>? WrapStore { get; init; }

    /// <summary>Receives the server's logs (none are kept otherwise).</summary>
    public ILoggerProvider? Logger { get; init; }

    /// <summary>Adds to the server's tracer, e.g. an in-memory exporter.</summary>
    public Action<TracerProviderBuilder>? ConfigureTracing { get; init; }

    /// <summary>Adds to the server's meter provider, e.g. an in-memory exporter.</summary>
    public Action<MeterProviderBuilder>? ConfigureMetrics { get; init; }

    /// <summary>Extra configuration, e.g. <c>["ScoGraph:GraphQL:Limits:MaxDepth"] = "5"</c>.</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();
}
