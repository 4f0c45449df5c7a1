namespace ScoGraph.GraphQL.Execution;

/// <summary>
/// Says what clients see of an exception a resolver threw (other than a <see cref="GraphQLException"/> or
/// <see cref="GraphQLErrorException"/>, which say it themselves). Unclaimed exceptions are unexpected: clients get
/// "Unexpected error" with <c>extensions.code = INTERNAL_SERVER_ERROR</c> and never the exception's own message,
/// which may hold internals (SQL, file paths). A host registers filters for the exceptions its domain expects.
/// </summary>
public interface IErrorFilter
{
    /// <summary>
    /// The error for <paramref name="exception"/> (message and extensions; the engine adds the field's locations and
    /// path), or null to leave it to the next filter, and in the end to masking.
    /// </summary>
    GraphQLError? OnException(Exception exception);
}
