using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;
using ScoGraph.GraphQL.Execution;
using ScoGraph.GraphQL.Types;

namespace ScoGraph.Api.Mutations;

/// <summary>
/// Mutations need <c>Authorization: Bearer &lt;key&gt;</c> with a key from configuration <c>ScoGraph:ApiKeys</c>
/// (an array, or one comma-separated string). Every mutation resolver calls <see cref="Demand"/> before it touches
/// the store, so a refused mutation writes nothing; queries never call it and stay open.
/// </summary>
public static class ApiKeyAuthorization
{
    public const string ConfigurationKey = "ScoGraph:ApiKeys";
    public const string UnauthenticatedCode = "UNAUTHENTICATED";
    public const string ForbiddenCode = "FORBIDDEN";

    public static readonly string MissingOrWrongKeyMessage =
        $"Mutations need an API key: send 'Authorization: Bearer <key>' (keys are set in {ConfigurationKey}).";

    public static readonly string NoKeysConfiguredMessage =
        $"Mutations are disabled on this server: no API key is configured (set {ConfigurationKey}).";

    /// <summary>Throws a <see cref="GraphQLException"/> (a field error with an extensions <c>code</c>) unless the request carries a configured key.</summary>
    public static void Demand(IResolverContext context)
    {
        var keys = ConfiguredKeys(context.Services.GetService<IConfiguration>());
        if (keys.Count == 0) throw Refusal(NoKeysConfiguredMessage, ForbiddenCode);
        var presented = BearerToken(context.Services.GetService<IHttpContextAccessor>()?.HttpContext);
        if (presented is null || !keys.Any(key => SameKey(key, presented)))
            throw Refusal(MissingOrWrongKeyMessage, UnauthenticatedCode);
    }

    /// <summary>Whether the request's bearer token is one of <paramref name="keys"/> (also for the import endpoint).</summary>
    public static bool IsAccepted(HttpContext? http, IReadOnlyList<string> keys) =>
        BearerToken(http) is { } presented && keys.Any(key => SameKey(key, presented));

    public static IReadOnlyList<string> ConfiguredKeys(IConfiguration? configuration)
    {
        if (configuration is null) return [];
        var section = configuration.GetSection(ConfigurationKey);
        // An empty JSON array ("ApiKeys": []) reads as the value "" next to the children a later source adds.
        return section.GetChildren().Select(child => child.Value).Prepend(section.Value)
            .SelectMany(value => (value ?? "").Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToArray();
    }

    private static string? BearerToken(HttpContext? http)
    {
        if (http is null) return null;
        StringValues header = http.Request.Headers.Authorization;
        foreach (var value in header)
        {
            if (value is null) continue;
            var text = value.Trim();
            const string scheme = "Bearer ";
            if (text.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) && text[scheme.Length..].Trim() is { Length: > 0 } token)
                return token;
        }
        return null;
    }

    // Compares in constant time for keys of equal length, so response timing does not reveal a key's prefix.
    private static bool SameKey(string configured, string presented) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(configured), Encoding.UTF8.GetBytes(presented));

    private static GraphQLException Refusal(string message, string code) =>
        new(message, new Dictionary<string, object?> { ["code"] = code });
}
