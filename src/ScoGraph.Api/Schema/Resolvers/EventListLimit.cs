using ScoGraph.GraphQL.Execution;

namespace ScoGraph.Api.Schema.Resolvers;

/// <summary>
/// The documented maximum of the unpaged event lists (<c>changes</c>, every <c>timeline</c>). A list that would be
/// longer is refused with <c>RESULT_TOO_LARGE</c> naming the range to narrow, never cut silently; the schema declares
/// the maximum as the lists' size so the cost analysis weighs them by it.
/// </summary>
public static class EventListLimit
{
    public const int Maximum = 1000;

    public const string Code = "RESULT_TOO_LARGE";

    /// <summary><paramref name="events"/> when within the maximum, else the error that says so.</summary>
    public static IReadOnlyList<T> Check<T>(IReadOnlyList<T> events, string what) => events.Count <= Maximum
        ? events
        : throw TooLarge(what);

    public static GraphQLException TooLarge(string what) => new(
        $"{what} has more than {Maximum} events, the most one answer holds; narrow \"from\" and \"to\".",
        new Dictionary<string, object?> { ["code"] = Code, ["maximum"] = Maximum });
}
