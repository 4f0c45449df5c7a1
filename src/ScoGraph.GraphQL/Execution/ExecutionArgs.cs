using ScoGraph.GraphQL.Diagnostics;
using ScoGraph.GraphQL.Language.Ast;
using ScoGraph.GraphQL.Types;

namespace ScoGraph.GraphQL.Execution;

/// <summary>Everything one execution needs (graphql-js ExecutionArgs). The document is assumed validated.</summary>
public sealed record ExecutionArgs(
    Schema Schema,
    DocumentNode Document,
    string? OperationName = null,
    IReadOnlyDictionary<string, object?>? Variables = null,
    object? RootValue = null,
    IServiceProvider? Services = null,
    CancellationToken CancellationToken = default)
{
    /// <summary>Told of this execution's DataLoader batches and field errors; null for none (no event is raised).</summary>
    public IExecutionDiagnosticEventListener? DiagnosticEvents { get; init; }

    /// <summary>What <see cref="DiagnosticEvents"/> are told the events are about; made from the arguments when null.</summary>
    public RequestDiagnosticContext? DiagnosticContext { get; init; }

    /// <summary>Turn exceptions resolvers throw into the errors clients see; whatever none claims is masked.</summary>
    public IReadOnlyList<IErrorFilter> ErrorFilters { get; init; } = [];

    /// <summary>
    /// Whether exceptions no <see cref="ErrorFilters"/> claims reach clients as "Unexpected error" (code
    /// <c>INTERNAL_SERVER_ERROR</c>) instead of their own message. Off here, as graphql-js does;
    /// <see cref="RequestExecutor"/> turns it on by default.
    /// </summary>
    public bool MaskUnexpectedErrors { get; init; }

    /// <summary>
    /// Whether request errors (no such operation, bad variables) carry an <c>extensions.code</c> from
    /// <see cref="ErrorCodes"/>. Off here, as graphql-js does; <see cref="RequestExecutor"/> turns it on.
    /// </summary>
    public bool AddErrorCodes { get; init; }

    /// <summary>Put in the <c>extensions.requestId</c> of masked errors.</summary>
    public string? RequestId { get; init; }
}
