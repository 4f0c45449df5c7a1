using System.Globalization;
using System.Text.Json;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ScoGraph.Api.Mutations;

namespace ScoGraph.Api.Operations;

/// <summary>
/// Per-client rate limits on the GraphQL endpoint (ASP.NET Core's rate limiter, a fixed window per client). A client
/// is the name of the API key it presents (a configured one: a made-up token must not buy a fresh allowance), else
/// its remote address. Over the limit: 429 with <c>Retry-After</c> and a GraphQL error whose code is
/// <see cref="RateLimitedCode"/>. Settings: <c>ScoGraph:RateLimit</c> (<see cref="OperationsOptions.RateLimitSettings"/>).
/// </summary>
public static class RateLimitSetup
{
    public const string PolicyName = "graphql-per-client";
    public const string RateLimitedCode = "RATE_LIMITED";

    public static IServiceCollection AddScoGraphRateLimits(this IServiceCollection services, OperationsOptions.RateLimitSettings settings)
    {
        if (!settings.Enabled) return services;
        if (settings.PermitLimit < 1) throw new ArgumentException("ScoGraph:RateLimit:PermitLimit must be at least 1.");
        if (settings.Window <= TimeSpan.Zero) throw new ArgumentException("ScoGraph:RateLimit:Window must be positive.");

        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, cancellationToken) => RejectAsync(context.HttpContext, context.Lease, settings, cancellationToken);
            options.AddPolicy(PolicyName, http => RateLimitPartition.GetFixedWindowLimiter(ClientOf(http), _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = settings.PermitLimit,
                Window = settings.Window,
                QueueLimit = Math.Max(0, settings.QueueLimit),
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            }));
        });
        return services;
    }

    /// <summary>Who a request counts against: <c>key:NAME</c> or <c>ip:ADDRESS</c>.</summary>
    public static string ClientOf(HttpContext http)
    {
        if (http.Request.Headers.Authorization.Count > 0
            && ApiKeyAuthorization.Identify(ApiKey.ReadAll(http.RequestServices.GetService<IConfiguration>()), http) is { } key)
            return "key:" + key.Name;
        return "ip:" + (http.Connection.RemoteIpAddress?.ToString() ?? "unknown");
    }

    private static async ValueTask RejectAsync(HttpContext http, RateLimitLease lease, OperationsOptions.RateLimitSettings settings, CancellationToken cancellationToken)
    {
        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : settings.Window;
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        var response = http.Response;
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        response.ContentType = "application/json; charset=utf-8";
        await using var writer = new Utf8JsonWriter(response.Body);
        writer.WriteStartObject();
        writer.WriteStartArray("errors");
        writer.WriteStartObject();
        writer.WriteString("message", $"Too many requests from this client: at most {settings.PermitLimit} per {settings.Window.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s. Retry after {seconds} s.");
        writer.WriteStartObject("extensions");
        writer.WriteString("code", RateLimitedCode);
        writer.WriteNumber("retryAfterSeconds", seconds);
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
        await writer.FlushAsync(cancellationToken);
    }

    /// <summary>Applies the policy to the GraphQL endpoint when limits are on.</summary>
    public static TBuilder WithScoGraphRateLimits<TBuilder>(this TBuilder endpoints, OperationsOptions.RateLimitSettings settings)
        where TBuilder : IEndpointConventionBuilder =>
        settings.Enabled ? endpoints.RequireRateLimiting(PolicyName) : endpoints;
}
