using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using ScoGraph.Api.Mutations;

namespace ScoGraph.Api.Import;

/// <summary>The mutations' API key rule (<see cref="ApiKeyAuthorization"/>) for plain HTTP endpoints: 401 or 403 with the same messages.</summary>
public static class HttpApiKey
{
    /// <summary>Null when the request carries a configured key; else the status, code and message to answer.</summary>
    public static (int Status, string Code, string Message)? Refusal(HttpContext http, IConfiguration configuration)
    {
        var keys = ApiKeyAuthorization.ConfiguredKeys(configuration);
        if (keys.Count == 0)
            return (StatusCodes.Status403Forbidden, ApiKeyAuthorization.ForbiddenCode, ApiKeyAuthorization.NoKeysConfiguredMessage);
        return ApiKeyAuthorization.IsAccepted(http, keys)
            ? null
            : (StatusCodes.Status401Unauthorized, ApiKeyAuthorization.UnauthenticatedCode, ApiKeyAuthorization.MissingOrWrongKeyMessage);
    }
}
