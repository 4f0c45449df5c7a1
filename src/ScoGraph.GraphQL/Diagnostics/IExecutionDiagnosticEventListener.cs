using ScoGraph.GraphQL.Execution;

namespace ScoGraph.GraphQL.Diagnostics;

/// <summary>
/// Hooks a host (logging, telemetry, error reporting) attaches to the engine without the engine knowing the host
/// (the model is HotChocolate's <c>IExecutionDiagnosticEventListener</c>). Methods returning <see cref="IDisposable"/>
/// open a scope the engine disposes when that step ends, on whichever thread ends it; the others report an event.
/// Register listeners in <see cref="RequestExecutorOptions.DiagnosticEventListeners"/>; with none registered no event
/// is raised at all. Derive from <see cref="ExecutionDiagnosticEventListener"/> to override only what you need.
/// Listeners must not throw: they run inside the request.
/// </summary>
public interface IExecutionDiagnosticEventListener
{
    /// <summary>
    /// Around a request's limits check, validation and execution (<see cref="RequestExecutor.ExecuteAsync(PreparedRequest, IServiceProvider?, CancellationToken)"/>).
    /// Parsing happens before, in <see cref="RequestExecutor.Prepare"/> (see <see cref="ParseDocument"/>). When the
    /// scope is disposed <see cref="RequestDiagnosticContext.Result"/> holds the result (null if the caller cancelled).
    /// </summary>
    IDisposable ExecuteRequest(RequestDiagnosticContext context);

    /// <summary>Around parsing a query text; not raised when the text's document was cached.</summary>
    IDisposable ParseDocument(RequestDiagnosticContext context);

    /// <summary>Around measuring the operation's depth, aliases, cost... against the limits (when any limit needs it).</summary>
    IDisposable AnalyzeOperation(RequestDiagnosticContext context);

    /// <summary>Around validating the document; not raised when its validation result was cached.</summary>
    IDisposable ValidateDocument(RequestDiagnosticContext context);

    /// <summary>Around executing the operation (variable coercion, resolvers, completion).</summary>
    IDisposable ExecuteOperation(RequestDiagnosticContext context);

    /// <summary>Around one DataLoader batch: from the dispatch of <paramref name="keyCount"/> keys until the fetch ends.</summary>
    IDisposable DispatchBatch(RequestDiagnosticContext context, string loaderName, int keyCount);

    /// <summary>
    /// A request ended without data (syntax, limits, validation, variables, operation selection, timeout): its errors,
    /// each with an <c>extensions.code</c>.
    /// </summary>
    void RequestErrors(RequestDiagnosticContext context, IReadOnlyList<GraphQLError> errors);

    /// <summary>
    /// A field failed. <paramref name="error"/> is what the client sees (unexpected exceptions are masked);
    /// <paramref name="exception"/> is what the resolver threw, if it threw.
    /// </summary>
    void ResolverError(RequestDiagnosticContext context, GraphQLError error, Exception? exception);
}
