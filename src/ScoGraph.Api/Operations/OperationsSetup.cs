using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using ScoGraph.Api.Hosting;
using ScoGraph.Api.Operations.Telemetry;

namespace ScoGraph.Api.Operations;

/// <summary>
/// What an operator runs ScoGraph with, wired in one place: request ids, health endpoints, CORS, rate limits,
/// telemetry and the shutdown drain. <see cref="AddScoGraphOperations"/> registers, <see cref="UseScoGraphOperations"/>
/// puts the middleware in order and maps <c>/health/live</c> and <c>/health/ready</c>.
/// </summary>
public static class OperationsSetup
{
    public const string LivePath = "/health/live";
    public const string ReadyPath = "/health/ready";
    private const string ReadyTag = "ready";

    public static OperationsOptions AddScoGraphOperations(this WebApplicationBuilder builder, ScoGraphHostSetup? setup)
    {
        OperationsOptions options;
        try
        {
            options = builder.Configuration.GetSection(ScoGraphOptions.Section).Get<OperationsOptions>() ?? new OperationsOptions();
        }
        catch (InvalidOperationException e)
        {
            throw new StartupException($"The ScoGraph section has a value of the wrong type: {e.InnerException?.Message ?? e.Message}", e);
        }
        if (options.ShutdownDrain < TimeSpan.Zero) throw new StartupException("ScoGraph:ShutdownDrain must not be negative.");
        // The binder reads arrays from children only; one comma-separated value (handy in an environment variable) too.
        if (options.Cors.AllowedOrigins.Length == 0 && builder.Configuration[$"{ScoGraphOptions.Section}:Cors:AllowedOrigins"] is { Length: > 0 } origins)
            options.Cors.AllowedOrigins = [origins];

        var services = builder.Services;
        services.AddSingleton(options);
        services.TryAddSingleton<StoreReadiness>(); // the host registers the one it fills while opening the store
        // Kestrel stops taking connections at once and waits this long for requests in flight.
        services.Configure<HostOptions>(host => host.ShutdownTimeout = options.ShutdownDrain);
        services.AddHealthChecks().AddCheck<StoreHealthCheck>("store", tags: [ReadyTag]);
        try
        {
            services.AddScoGraphCors(options.Cors);
            services.AddScoGraphRateLimits(options.RateLimit);
        }
        catch (ArgumentException e)
        {
            throw new StartupException(e.Message, e);
        }
        services.AddScoGraphTelemetry(builder.Configuration, setup?.ConfigureTracing, setup?.ConfigureMetrics);
        return options;
    }

    /// <summary>Call before the endpoints are mapped; returns the options for <see cref="RateLimitSetup.WithScoGraphRateLimits{TBuilder}"/>.</summary>
    public static OperationsOptions UseScoGraphOperations(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<OperationsOptions>();
        app.UseMiddleware<RequestIdMiddleware>();
        if (CorsSetup.IsEnabled(options.Cors)) app.UseCors();
        if (options.RateLimit.Enabled) app.UseRateLimiter();
        app.UseMiddleware<GraphQLRequestTelemetryMiddleware>();

        // Live: the process serves HTTP (no check runs). Ready: the store answers, is migrated and holds the dataset.
        app.MapHealthChecks(LivePath, new HealthCheckOptions { Predicate = _ => false, ResponseWriter = HealthResponseWriter.WriteAsync });
        app.MapHealthChecks(ReadyPath, new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(ReadyTag),
            ResponseWriter = HealthResponseWriter.WriteAsync,
            ResultStatusCodes =
            {
                [Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy] = StatusCodes.Status200OK,
                [Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Degraded] = StatusCodes.Status200OK,
                [Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
        });
        return options;
    }
}
