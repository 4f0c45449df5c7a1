using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;

namespace ScoGraph.Api.Operations;

/// <summary>
/// CORS from <c>ScoGraph:Cors:AllowedOrigins</c>: none by default (then no CORS headers at all, and browsers keep
/// pages of other origins out). Allowed origins may POST and GET with the headers GraphQL clients send
/// (<c>Content-Type</c>, <c>Authorization</c>, <c>Accept</c>, Apollo's and our own), and read <c>X-Request-Id</c> and
/// <c>Retry-After</c>. Credentials (cookies) are never needed: API keys travel in <c>Authorization</c>.
/// </summary>
public static class CorsSetup
{
    public static readonly string[] AllowedHeaders =
    [
        HeaderNames.ContentType, HeaderNames.Authorization, HeaderNames.Accept,
        RequestIdMiddleware.Header, "GraphQL-Cost", "apollographql-client-name", "apollographql-client-version",
        "apollo-require-preflight", "x-apollo-operation-name",
    ];

    public static bool IsEnabled(OperationsOptions.CorsSettings settings) => Origins(settings).Length > 0;

    public static IServiceCollection AddScoGraphCors(this IServiceCollection services, OperationsOptions.CorsSettings settings)
    {
        var origins = Origins(settings);
        if (origins.Length == 0) return services;
        foreach (var origin in origins)
        {
            if (origin != "*" && (!Uri.TryCreate(origin, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.AbsolutePath != "/"))
                throw new ArgumentException($"ScoGraph:Cors:AllowedOrigins has \"{origin}\", which is not an origin (scheme://host[:port], e.g. https://app.example.org).");
        }

        services.AddCors(options => options.AddDefaultPolicy(policy =>
        {
            if (origins.Contains("*")) policy.AllowAnyOrigin();
            else policy.WithOrigins(origins);
            policy.WithMethods("GET", "POST")
                .WithHeaders(AllowedHeaders)
                .WithExposedHeaders(RequestIdMiddleware.Header, HeaderNames.RetryAfter)
                .SetPreflightMaxAge(settings.PreflightMaxAge);
        }));
        return services;
    }

    // Accepts one comma-separated string too (handy in an environment variable); trailing slashes are not part of an origin.
    private static string[] Origins(OperationsOptions.CorsSettings settings) =>
        settings.AllowedOrigins
            .SelectMany(o => (o ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(o => o.TrimEnd('/'))
            .Where(o => o.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToArray();
}
