using ScoGraph.Api.Schema.Resolvers;
using ScoGraph.Domain.Indexing;
using ScoGraph.Domain.Ports;
using ScoGraph.GraphQL.Types;

namespace ScoGraph.Api.Schema.Paging;

/// <summary>Reads and checks <c>first/after/last/before</c>; problems become clear field errors, never server errors.</summary>
public static class PagingArguments
{
    /// <summary>The page asked for, its cursors unwrapped to the store's after checking they belong to <paramref name="list"/>.</summary>
    public static PageRequest From(IResolverContext context, ListIdentity list, EntityOrder order)
    {
        var request = new PageRequest(context.Int("first"), context.String("after"), context.Int("last"), context.String("before"));
        if (request.Problem is string problem)
            throw Arguments.BadInput($"Invalid paging arguments: {problem} (first: {Show(request.First)}, last: {Show(request.Last)}).");
        request = request with
        {
            After = request.After is { } after ? list.Unwrap(after, "after") : null,
            Before = request.Before is { } before ? list.Unwrap(before, "before") : null,
        };
        Check(request.After, "after", order);
        Check(request.Before, "before", order);
        return request;
    }

    private static void Check(string? cursor, string argument, EntityOrder? order)
    {
        if (cursor is null) return;
        if (!KeysetCursor.TryDecode(cursor, out var decoded))
            throw Arguments.BadInput($"The argument \"{argument}\" is not a cursor this server handed out: \"{Shorten(cursor)}\".");
        if (order is not null && (decoded.ThenKey is null) != (order.Then is null))
            throw Arguments.BadInput($"The argument \"{argument}\" is a cursor of this list in another order; page with the \"order\" it came from.");
    }

    private static string Show(int? value) => value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none";

    private static string Shorten(string text) => text.Length > 40 ? text[..40] + "…" : text;
}
