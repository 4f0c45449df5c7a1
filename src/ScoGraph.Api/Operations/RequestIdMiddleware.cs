using System.Buffers;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ScoGraph.Api.Operations;

/// <summary>
/// Gives every request one id: a well-formed incoming <c>X-Request-Id</c> (so a proxy's or client's id follows the
/// request through our logs), else the server's own trace identifier. The id becomes
/// <see cref="HttpContext.TraceIdentifier"/> (what error responses and error logs quote), goes back in the
/// <c>X-Request-Id</c> response header and is a logging scope (<c>RequestId</c>) around everything the request logs.
/// </summary>
public sealed class RequestIdMiddleware(RequestDelegate next, ILogger<RequestIdMiddleware> logger)
{
    public const string Header = "X-Request-Id";

    /// <summary>Longest incoming id we take; longer ones are replaced, not trimmed (a trimmed id would match nothing).</summary>
    public const int MaxLength = 128;

    // Letters, digits and the punctuation ids commonly use (UUIDs, W3C trace ids, "host:counter"); nothing that could
    // forge a log line or a header (no spaces, quotes, control characters).
    private static readonly SearchValues<char> Allowed =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.:");

    public async Task InvokeAsync(HttpContext context)
    {
        var incoming = context.Request.Headers[Header];
        if (incoming.Count == 1 && IsWellFormed(incoming[0])) context.TraceIdentifier = incoming[0]!;
        var id = context.TraceIdentifier;
        context.Response.Headers[Header] = id;

        using (logger.BeginScope(new RequestIdScope(id)))
        {
            await next(context);
        }
    }

    public static bool IsWellFormed(string? id) =>
        id is { Length: > 0 and <= MaxLength } && !id.AsSpan().ContainsAnyExcept(Allowed);
}
