using ScoGraph.GraphQL.Execution;

namespace ScoGraph.GraphQL.Diagnostics;

/// <summary>A listener that does nothing: derive from it and override the events you need.</summary>
public abstract class ExecutionDiagnosticEventListener : IExecutionDiagnosticEventListener
{
    /// <summary>The scope to return when an event needs no end.</summary>
    protected static IDisposable EmptyScope => DiagnosticScope.Empty;

    public virtual IDisposable ExecuteRequest(RequestDiagnosticContext context) => EmptyScope;

    public virtual IDisposable ParseDocument(RequestDiagnosticContext context) => EmptyScope;

    public virtual IDisposable AnalyzeOperation(RequestDiagnosticContext context) => EmptyScope;

    public virtual IDisposable ValidateDocument(RequestDiagnosticContext context) => EmptyScope;

    public virtual IDisposable ExecuteOperation(RequestDiagnosticContext context) => EmptyScope;

    public virtual IDisposable DispatchBatch(RequestDiagnosticContext context, string loaderName, int keyCount) => EmptyScope;

    public virtual void RequestErrors(RequestDiagnosticContext context, IReadOnlyList<GraphQLError> errors)
    {
    }

    public virtual void ResolverError(RequestDiagnosticContext context, GraphQLError error, Exception? exception)
    {
    }
}
