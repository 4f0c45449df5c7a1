using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using ScoGraph.Api.Mutations;

namespace ScoGraph.Api.Import;

/// <summary>The mutations' API key rule (<see cref="ApiKeyAuthorization"/>) for plain HTTP endpoints: 401 or 403 with the same messages.</summary>
public static class HttpApiKey
{
    /// <summary>
    /// The configured key the request carries (its name is recorded as the writer), or the status, code and message to
    /// answer when it carries none.
    /// </summary>
    public static (ApiKey? Key, (int Status, string Code, string Message)? Refusal) Authorize(HttpContext http, IConfiguration configuration)
    {
        var keys = ApiKey.ReadAll(configuration);
        if (keys.Count == 0)
            return (null, (StatusCodes.Status403Forbidden, ApiKeyAuthorization.ForbiddenCode, ApiKeyAuthorization.NoKeysConfiguredMessage));
        return ApiKeyAuthorization.Identify(keys, http) is { } key
            ? (key, null)
            : (null, (StatusCodes.Status401Unauthorized, ApiKeyAuthorization.UnauthenticatedCode, ApiKeyAuthorization.MissingOrWrongKeyMessage));
    }
}
