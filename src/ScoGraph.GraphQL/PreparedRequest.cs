using ScoGraph.GraphQL.Diagnostics;
using ScoGraph.GraphQL.Execution;
using ScoGraph.GraphQL.Language.Ast;

namespace ScoGraph.GraphQL;

/// <summary>
/// A request whose text has passed the size checks and been parsed (from the cache when seen before), before its
/// limits, validation and execution. Transports look at it in between, e.g. to refuse a mutation sent with GET.
/// </summary>
public sealed class PreparedRequest
{
    internal PreparedRequest(GraphQLRequest request, CachedDocument? document, GraphQLError? error, RequestDiagnosticContext? diagnostics)
    {
        Request = request;
        Cached = document;
        Error = error ?? document?.SyntaxError;
        DiagnosticContext = diagnostics;
        // Only the operation's type is needed here, so no fragments are collected.
        if (document?.Document is { } parsed && Executor.TrySelectOperation(parsed, request.OperationName, null, out var operation, out _))
        {
            OperationType = operation.Operation;
            if (diagnostics is not null) diagnostics.Operation = operation;
        }
        if (diagnostics is not null) diagnostics.Document = Document;
    }

    public GraphQLRequest Request { get; }

    /// <summary>Why the request ends here (a size limit or a syntax error); null when it goes on.</summary>
    public GraphQLError? Error { get; }

    /// <summary>The parsed document; null when <see cref="Error"/> is set.</summary>
    public DocumentNode? Document => Error is null ? Cached?.Document : null;

    /// <summary>The type of the operation the request selects; null when none can be selected (executing says why).</summary>
    public OperationType? OperationType { get; }

    internal CachedDocument? Cached { get; }

    /// <summary>What diagnostic events of this request are about; null when the executor has no listener.</summary>
    internal RequestDiagnosticContext? DiagnosticContext { get; }
}
