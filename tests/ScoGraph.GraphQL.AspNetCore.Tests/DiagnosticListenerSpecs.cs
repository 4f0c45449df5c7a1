using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using ScoGraph.GraphQL.AspNetCore.Tests.TestServer;
using ScoGraph.GraphQL.Diagnostics;
using ScoGraph.GraphQL.Execution;

namespace ScoGraph.GraphQL.AspNetCore.Tests;

/// <summary>
/// A host registers a diagnostic listener in DI and sees each HTTP request's steps with the operation and the
/// request id the HTTP layer gave it (what telemetry builds its spans from).
/// </summary>
public sealed class DiagnosticListenerSpecs
{
    private sealed class Recorder : ExecutionDiagnosticEventListener
    {
        public ConcurrentQueue<string> Events { get; } = new();

        public override IDisposable ExecuteRequest(RequestDiagnosticContext context)
        {
            Events.Enqueue($"request {context.OperationType} {context.OperationName} id:{context.Request.RequestId is { Length: > 0 }}");
            return new End(() => Events.Enqueue($"/request errors:{context.Result?.Errors?.Count ?? 0}"));
        }

        public override IDisposable ParseDocument(RequestDiagnosticContext context) => Scope("parse");
        public override IDisposable ValidateDocument(RequestDiagnosticContext context) => Scope("validate");
        public override IDisposable ExecuteOperation(RequestDiagnosticContext context) => Scope("execute");

        public override void RequestErrors(RequestDiagnosticContext context, IReadOnlyList<GraphQLError> errors) =>
            Events.Enqueue("errors " + string.Join(",", errors.Select(ErrorCodes.Of)));

        private IDisposable Scope(string name)
        {
            Events.Enqueue(name);
            return new End(() => Events.Enqueue("/" + name));
        }

        private sealed class End(Action end) : IDisposable
        {
            public void Dispose() => end();
        }
    }

    [Fact]
    public async Task A_listener_registered_in_DI_sees_each_HTTP_request_with_its_operation_and_request_id()
    {
        await using var server = await LibraryServer.StartAsync(configureApp: new AppSetup(
            Services: services => services.AddGraphQLDiagnosticEventListener<Recorder>()));
        var recorder = (Recorder)server.Services.GetServices<IExecutionDiagnosticEventListener>().Single();

        await server.QueryAsync("query Greeting { hello }");
        await server.QueryAsync("{ nope }");

        Assert.Equal(
            ["parse", "/parse", "request Query Greeting id:True", "validate", "/validate", "execute", "/execute", "/request errors:0",
             "parse", "/parse", "request Query  id:True", "validate", "/validate", "errors GRAPHQL_VALIDATION_FAILED", "/request errors:1"],
            recorder.Events.ToArray());
    }
}
