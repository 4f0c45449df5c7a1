using ScoGraph.Api.Schema.Resolvers;
using ScoGraph.Domain.Indexing;
using ScoGraph.Domain.Ports;
using ScoGraph.GraphQL.Types;

namespace ScoGraph.Api.Schema.Paging;

/// <summary>Reads and checks <c>first/after/last/before</c>; problems become clear field errors, never server errors.</summary>
public static class PagingArguments
{
    public static PageRequest From(IResolverContext context)
    {
        var request = new PageRequest(context.Int("first"), context.String("after"), context.Int("last"), context.String("before"));
        if (request.Problem is string problem)
            throw Arguments.BadInput($"Invalid paging arguments: {problem} (first: {Show(request.First)}, last: {Show(request.Last)}).");
        if (request.After is string after && !KeysetCursor.TryDecode(after, out _))
            throw Arguments.BadInput($"The argument \"after\" is not a cursor this server handed out: \"{Shorten(after)}\".");
        if (request.Before is string before && !KeysetCursor.TryDecode(before, out _))
            throw Arguments.BadInput($"The argument \"before\" is not a cursor this server handed out: \"{Shorten(before)}\".");
        return request;
    }

    private static string Show(int? value) => value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none";

    private static string Shorten(string text) => text.Length > 40 ? text[..40] + "…" : text;
}
