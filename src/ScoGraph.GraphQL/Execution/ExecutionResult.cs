namespace ScoGraph.GraphQL.Execution;

/// <summary>
/// What the engine answers (spec 7.1). <see cref="Data"/> keeps response keys in selection order.
/// <see cref="HasData"/> is false when execution never started (request, parse or validation errors),
/// which transports need to choose a status code.
/// </summary>
public sealed record ExecutionResult(
    IReadOnlyDictionary<string, object?>? Data,
    IReadOnlyList<GraphQLError>? Errors = null,
    IReadOnlyDictionary<string, object?>? Extensions = null,
    bool HasData = true)
{
    public static ExecutionResult FromErrors(IReadOnlyList<GraphQLError> errors) => new(null, errors, null, HasData: false);
}
