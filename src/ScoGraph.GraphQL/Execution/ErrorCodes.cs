namespace ScoGraph.GraphQL.Execution;

/// <summary>
/// The <c>extensions.code</c> values the engine gives its errors: the codes clients already know from Apollo Server
/// and HotChocolate. Limit codes are in <see cref="Analysis.QueryLimitCodes"/>.
/// </summary>
public static class ErrorCodes
{
    /// <summary>The query text is not GraphQL.</summary>
    public const string ParseFailed = "GRAPHQL_PARSE_FAILED";

    /// <summary>The document does not validate against the schema.</summary>
    public const string ValidationFailed = "GRAPHQL_VALIDATION_FAILED";

    /// <summary>A variable's or argument's value is wrong.</summary>
    public const string BadUserInput = "BAD_USER_INPUT";

    /// <summary>No operation can be selected: an unknown <c>operationName</c>, or several operations and no name.</summary>
    public const string OperationResolutionFailure = "OPERATION_RESOLUTION_FAILURE";

    /// <summary>The operation's type cannot be run here (subscriptions; a root type the schema lacks).</summary>
    public const string OperationNotSupported = "OPERATION_NOT_SUPPORTED";

    /// <summary>The server failed: an unexpected exception (masked) or a resolver result the schema cannot answer.</summary>
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";

    /// <summary>The execution ran past its time limit.</summary>
    public const string ExecutionTimeout = "EXECUTION_TIMEOUT";

    /// <summary>The message masked errors carry instead of the exception's own.</summary>
    public const string UnexpectedErrorMessage = "Unexpected error";

    /// <summary>The code of <paramref name="error"/>, or null when it has none.</summary>
    public static string? Of(GraphQLError error) => error.Extensions?.GetValueOrDefault("code") as string;

    /// <summary><paramref name="error"/> with <paramref name="code"/> added, unless it already has a code.</summary>
    public static GraphQLError WithDefault(GraphQLError error, string code)
    {
        if (error.Extensions?.ContainsKey("code") == true) return error;
        var extensions = error.Extensions is null
            ? new Dictionary<string, object?>(1)
            : new Dictionary<string, object?>(error.Extensions);
        extensions["code"] = code;
        return error with { Extensions = extensions };
    }
}
