using Microsoft.Net.Http.Headers;

namespace ScoGraph.GraphQL.AspNetCore;

/// <summary>The response media types of the GraphQL-over-HTTP draft and how a request's Accept header picks one.</summary>
public static class GraphQLMediaTypes
{
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";

    public const string GraphQLResponseJsonUtf8 = GraphQLResponseJson + "; charset=utf-8";
    public const string JsonUtf8 = Json + "; charset=utf-8";

    /// <summary>
    /// The media type to answer with, or null when the client accepts neither (406).
    /// A missing Accept, <c>*/*</c> and <c>application/*</c> get <c>application/json</c>, which every client reads;
    /// when both GraphQL types are named with the same quality, <c>application/graphql-response+json</c> wins.
    /// </summary>
    public static string? Negotiate(IList<string?> acceptHeaderValues)
    {
        var values = acceptHeaderValues.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!).ToList();
        if (values.Count == 0) return Json;
        if (!MediaTypeHeaderValue.TryParseList(values, out var ranges) || ranges.Count == 0) return Json;

        string? best = null;
        double bestQuality = 0;
        var bestRank = int.MaxValue;
        foreach (var range in ranges)
        {
            var quality = range.Quality ?? 1.0;
            if (quality <= 0) continue;
            var candidate = Match(range);
            if (candidate is null) continue;
            var rank = candidate.Value.Rank;
            if (quality > bestQuality || (quality == bestQuality && rank < bestRank))
            {
                best = candidate.Value.MediaType;
                bestQuality = quality;
                bestRank = rank;
            }
        }
        return best;
    }

    /// <summary>True when the Accept header names HTML explicitly (a browser navigating to the endpoint).</summary>
    public static bool AcceptsHtml(IList<string?> acceptHeaderValues) =>
        acceptHeaderValues.Any(v => v is not null && v.Contains("text/html", StringComparison.OrdinalIgnoreCase));

    private static (string MediaType, int Rank)? Match(MediaTypeHeaderValue range)
    {
        var type = range.MediaType.Value ?? "";
        if (type.Equals(GraphQLResponseJson, StringComparison.OrdinalIgnoreCase)) return (GraphQLResponseJson, 0);
        if (type.Equals(Json, StringComparison.OrdinalIgnoreCase)) return (Json, 1);
        // Wildcards: plain JSON, ranked below anything named explicitly.
        if (type is "*/*" || type.Equals("application/*", StringComparison.OrdinalIgnoreCase)) return (Json, 2);
        return null;
    }

    /// <summary>The Content-Type header value for a negotiated media type.</summary>
    public static string ContentTypeFor(string mediaType) =>
        mediaType == GraphQLResponseJson ? GraphQLResponseJsonUtf8 : JsonUtf8;
}
