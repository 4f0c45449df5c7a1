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
/// (named entries, an array, or one comma-separated string: <see cref="ApiKey.ReadAll"/>). Every mutation resolver calls <see cref="Demand"/> before it touches
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

    /// <summary>
    /// The key the request presents; throws a <see cref="GraphQLException"/> (a field error with an extensions
    /// <c>code</c>) unless it carries a configured one. Its <see cref="ApiKey.Name"/> is recorded as the writer.
    /// </summary>
    public static ApiKey Demand(IResolverContext context)
    {
        var keys = ApiKey.ReadAll(context.Services.GetService<IConfiguration>());
        if (keys.Count == 0) throw Refusal(NoKeysConfiguredMessage, ForbiddenCode);
        return Identify(keys, context.Services.GetService<IHttpContextAccessor>()?.HttpContext)
            ?? throw Refusal(MissingOrWrongKeyMessage, UnauthenticatedCode);
    }

    public static IReadOnlyList<string> ConfiguredKeys(IConfiguration? configuration) =>
        ApiKey.ReadAll(configuration).Select(key => key.Key).ToArray();

    /// <summary>The configured key the request's bearer token matches, or null (none sent, or a wrong one).</summary>
    public static ApiKey? Identify(IReadOnlyList<ApiKey> keys, HttpContext? http)
    {
        var presented = BearerToken(http);
        if (presented is null) return null;
        ApiKey? match = null;
        // Every key is compared (no early exit), so timing does not tell which position matched.
        foreach (var key in keys)
        {
            if (SameKey(key.Key, presented)) match ??= key;
        }
        return match;
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
