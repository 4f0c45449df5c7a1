using Microsoft.Extensions.Logging;
using ScoGraph.GraphQL.Diagnostics;
using ScoGraph.GraphQL.Execution;

namespace ScoGraph.GraphQL.AspNetCore;

/// <summary>
/// Logs what resolvers throw, with what a reader of the log needs to find the request: its id (also in the masked
/// error the client got), the operation's name and the field's path. Unexpected exceptions are errors; exceptions an
/// error filter turned into a coded error (e.g. a store that is down) are warnings; GraphQL's own are not logged.
/// </summary>
internal sealed partial class GraphQLErrorLogger(ILogger logger) : ExecutionDiagnosticEventListener
{
    public override void ResolverError(RequestDiagnosticContext context, GraphQLError error, Exception? exception)
    {
        if (exception is null or GraphQLException or GraphQLErrorException) return;
        var path = error.Path is null ? "" : string.Join(".", error.Path);
        var operation = context.OperationName ?? "(anonymous)";
        if (ErrorCodes.Of(error) == ErrorCodes.InternalServerError)
        {
            Unexpected(logger, exception, context.Request.RequestId, operation, path);
        }
        else
        {
            Expected(logger, exception, ErrorCodes.Of(error), context.Request.RequestId, operation, path);
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Error,
        Message = "Unexpected error in request {RequestId}, operation {OperationName}, field {FieldPath}")]
    private static partial void Unexpected(ILogger logger, Exception exception, string? requestId, string operationName, string fieldPath);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning,
        Message = "Field error {Code} in request {RequestId}, operation {OperationName}, field {FieldPath}")]
    private static partial void Expected(ILogger logger, Exception exception, string? code, string? requestId, string operationName, string fieldPath);
}
