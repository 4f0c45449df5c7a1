using ScoGraph.GraphQL.Diagnostics;

namespace ScoGraph.Api.Operations.Telemetry;

/// <summary>
/// Turns the engine's diagnostic events into spans (<see cref="GraphQLEngineTracing"/>): parse and validate (when the
/// document was not cached), execute, and each DataLoader batch, under the request's span. Costs a null check per
/// event when no tracer listens.
/// </summary>
public sealed class EngineTracingListener : ExecutionDiagnosticEventListener
{
    public override IDisposable ParseDocument(RequestDiagnosticContext context) =>
        GraphQLEngineTracing.StartPhase(GraphQLEngineTracing.Parse) ?? EmptyScope;

    public override IDisposable ValidateDocument(RequestDiagnosticContext context) =>
        GraphQLEngineTracing.StartPhase(GraphQLEngineTracing.Validate, context.OperationName, TypeOf(context)) ?? EmptyScope;

    public override IDisposable ExecuteOperation(RequestDiagnosticContext context) =>
        GraphQLEngineTracing.StartPhase(GraphQLEngineTracing.Execute, context.OperationName, TypeOf(context)) ?? EmptyScope;

    public override IDisposable DispatchBatch(RequestDiagnosticContext context, string loaderName, int keyCount)
    {
        var activity = GraphQLEngineTracing.StartPhase(GraphQLEngineTracing.DataLoaderBatch);
        if (activity is null) return EmptyScope;
        activity.SetTag(GraphQLEngineTracing.LoaderTag, loaderName);
        activity.SetTag(GraphQLEngineTracing.KeysTag, keyCount);
        return activity;
    }

    private static string? TypeOf(RequestDiagnosticContext context) => context.OperationType?.ToString().ToLowerInvariant();
}
