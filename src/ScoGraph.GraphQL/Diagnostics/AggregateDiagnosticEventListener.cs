using ScoGraph.GraphQL.Execution;

namespace ScoGraph.GraphQL.Diagnostics;

/// <summary>Several listeners seen as one, each told of every event in registration order.</summary>
internal sealed class AggregateDiagnosticEventListener(IExecutionDiagnosticEventListener[] listeners) : IExecutionDiagnosticEventListener
{
    /// <summary>Null for no listener (so the engine skips every event), the listener itself for one.</summary>
    public static IExecutionDiagnosticEventListener? Of(IReadOnlyList<IExecutionDiagnosticEventListener> listeners) => listeners.Count switch
    {
        0 => null,
        1 => listeners[0],
        _ => new AggregateDiagnosticEventListener([.. listeners]),
    };

    public IDisposable ExecuteRequest(RequestDiagnosticContext context) => Scope(l => l.ExecuteRequest(context));

    public IDisposable ParseDocument(RequestDiagnosticContext context) => Scope(l => l.ParseDocument(context));

    public IDisposable AnalyzeOperation(RequestDiagnosticContext context) => Scope(l => l.AnalyzeOperation(context));

    public IDisposable ValidateDocument(RequestDiagnosticContext context) => Scope(l => l.ValidateDocument(context));

    public IDisposable ExecuteOperation(RequestDiagnosticContext context) => Scope(l => l.ExecuteOperation(context));

    public IDisposable DispatchBatch(RequestDiagnosticContext context, string loaderName, int keyCount) =>
        Scope(l => l.DispatchBatch(context, loaderName, keyCount));

    public void RequestErrors(RequestDiagnosticContext context, IReadOnlyList<GraphQLError> errors)
    {
        foreach (var listener in listeners) listener.RequestErrors(context, errors);
    }

    public void ResolverError(RequestDiagnosticContext context, GraphQLError error, Exception? exception)
    {
        foreach (var listener in listeners) listener.ResolverError(context, error, exception);
    }

    private DiagnosticScope Scope(Func<IExecutionDiagnosticEventListener, IDisposable> open)
    {
        var scopes = new IDisposable[listeners.Length];
        for (var i = 0; i < listeners.Length; i++) scopes[i] = open(listeners[i]);
        return new DiagnosticScope(scopes);
    }
}
