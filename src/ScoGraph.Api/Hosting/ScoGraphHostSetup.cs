using Microsoft.AspNetCore.Builder;
using ScoGraph.Domain.Ports;

namespace ScoGraph.Api.Hosting;

/// <summary>Hooks for hosts other than <c>Program</c> (tests, benchmarks): extra configuration and a store decorator.</summary>
public sealed record ScoGraphHostSetup
{
    /// <summary>Runs right after the builder is created: add configuration sources, URLs, logging...</summary>
    public Action<WebApplicationBuilder>? ConfigureBuilder { get; init; }

    /// <summary>Wraps the opened store (after seeding) before the API uses it, e.g. to count calls.</summary>
    public Func<ITimelineStore, ITimelineStore>? WrapStore { get; init; }
}
