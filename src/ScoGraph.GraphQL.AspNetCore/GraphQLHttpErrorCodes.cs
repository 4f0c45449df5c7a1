using ScoGraph.GraphQL.Execution;

namespace ScoGraph.GraphQL.AspNetCore;

/// <summary>The <c>extensions.code</c> values of errors the HTTP layer itself reports.</summary>
public static class GraphQLHttpErrorCodes
{
    public const string BadRequest = "BAD_REQUEST";
    public const string InvalidJson = "INVALID_JSON";
    public const string InvalidUtf8 = "INVALID_UTF8";
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";
    public const string NotAcceptable = "NOT_ACCEPTABLE";
    public const string RequestTooLarge = "REQUEST_TOO_LARGE";
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";
    public const string BatchingDisabled = "BATCHING_DISABLED";
    public const string BatchTooLarge = "MAX_BATCH_SIZE_EXCEEDED";
    public const string PersistedOperationNotFound = "PERSISTED_QUERY_NOT_FOUND";
    public const string PersistedOperationRequired = "PERSISTED_QUERY_REQUIRED";
    public const string ExecutionTimeout = RequestExecutor.ExecutionTimeoutCode;
    public const string InternalError = ErrorCodes.InternalServerError;

    public static GraphQLError Error(string message, string code) =>
        new(message, Extensions: new Dictionary<string, object?> { ["code"] = code });

    /// <summary>What clients see of a failure of ours: no detail, a code, and the id to quote when reporting it.</summary>
    public static GraphQLError Unexpected(string? requestId) =>
        new(ErrorCodes.UnexpectedErrorMessage, Extensions: new Dictionary<string, object?> { ["code"] = InternalError, ["requestId"] = requestId });
}
