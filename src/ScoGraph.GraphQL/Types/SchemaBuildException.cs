using ScoGraph.GraphQL.Execution;

namespace ScoGraph.GraphQL.Types;

/// <summary>
/// The schema could not be built. <see cref="Problems"/> lists every problem found (syntax, SDL rules,
/// type-system validation, bindings, missing resolvers), each with its SDL location where it has one;
/// the message lists them all, one per line, so start-up logs show the whole picture at once.
/// </summary>
public sealed class SchemaBuildException(IReadOnlyList<GraphQLError> problems)
    : Exception(FormatMessage(problems))
{
    public IReadOnlyList<GraphQLError> Problems { get; } = problems;

    private static string FormatMessage(IReadOnlyList<GraphQLError> problems) =>
        $"The schema is invalid ({problems.Count} problem{(problems.Count == 1 ? "" : "s")}):" +
        string.Concat(problems.Select(p => "\n- " + p.Message +
            (p.Locations is { Count: > 0 } locations
                ? " (" + string.Join(", ", locations.Select(l => $"{l.Line}:{l.Column}")) + ")"
                : "")));
}
