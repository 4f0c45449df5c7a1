using ScoGraph.GraphQL.Diagnostics;
using ScoGraph.GraphQL.Execution;
using ScoGraph.GraphQL.Types;

namespace ScoGraph.GraphQL.Tests.Diagnostics;

/// <summary>
/// The request pipeline's diagnostic events (issue 11): a host's listener sees parse, analysis, validation, execution,
/// each DataLoader batch and every error, with the operation they belong to, without the engine knowing the host.
/// </summary>
public class DiagnosticEventSpecs
{
    /// <summary>Writes every event (and the end of every scope) to a list.</summary>
    private sealed class RecordingListener : ExecutionDiagnosticEventListener
    {
        public List<string> Events { get; } = [];
        public List<(GraphQLError Error, Exception? Exception)> ResolverErrors { get; } = [];
        public ExecutionResult? FinalResult { get; private set; }

        private IDisposable Scope(string name)
        {
            lock (Events) Events.Add(name);
            return new End(() => { lock (Events) Events.Add("/" + name); });
        }

        public override IDisposable ExecuteRequest(RequestDiagnosticContext context)
        {
            var scope = Scope($"request {context.OperationType} {context.OperationName}");
            return new End(() =>
            {
                FinalResult = context.Result;
                scope.Dispose();
            });
        }

        public override IDisposable ParseDocument(RequestDiagnosticContext context) => Scope("parse");
        public override IDisposable AnalyzeOperation(RequestDiagnosticContext context) => Scope("analyze");
        public override IDisposable ValidateDocument(RequestDiagnosticContext context) => Scope("validate");
        public override IDisposable ExecuteOperation(RequestDiagnosticContext context) => Scope("execute");
        public override IDisposable DispatchBatch(RequestDiagnosticContext context, string loaderName, int keyCount) => Scope($"batch {loaderName} {keyCount}");

        public override void RequestErrors(RequestDiagnosticContext context, IReadOnlyList<GraphQLError> errors)
        {
            lock (Events) Events.Add($"request errors {string.Join(",", errors.Select(ErrorCodes.Of))}");
        }

        public override void ResolverError(RequestDiagnosticContext context, GraphQLError error, Exception? exception)
        {
            lock (Events) Events.Add($"resolver error {string.Join(".", error.Path!)}");
            lock (ResolverErrors) ResolverErrors.Add((error, exception));
        }

        private sealed class End(Action end) : IDisposable
        {
            public void Dispose() => end();
        }
    }

    private static readonly Schema Library = SchemaBuilder.FromSdl("""
        type Query { books: [Book!]! broken: String }
        type Book { id: ID! author: String }
        """)
        .Bind("Query", "books", _ => new[] { "b1", "b2", "b3" })
        .Bind("Book", "id", context => (string)context.Parent!)
        .Bind("Book", "author", async context => (object?)await context.DataLoaders
            .Batch<string, string>("authorByBook", async (keys, _) =>
            {
                await Task.Yield();
                return (IReadOnlyDictionary<string, string>)keys.ToDictionary(k => k, k => "author of " + k);
            })
            .LoadAsync((string)context.Parent!))
        .Bind("Query", "broken", _ => throw new InvalidOperationException("disk on fire"))
        .Build();

    [Fact]
    public async Task A_listener_sees_each_step_in_order_and_one_batch_for_the_whole_list()
    {
        var listener = new RecordingListener();
        var executor = new RequestExecutor(Library, new RequestExecutorOptions { DiagnosticEventListeners = [listener] });

        var result = await executor.ExecuteAsync(new GraphQLRequest("query Shelf { books { id author } }"));

        Assert.Null(result.Errors);
        Assert.Equal(
            ["parse", "/parse", "request Query Shelf", "validate", "/validate", "execute", "batch authorByBook 3", "/batch authorByBook 3", "/execute", "/request Query Shelf"],
            listener.Events);
        Assert.Same(result, listener.FinalResult);
    }

    [Fact]
    public async Task A_cached_document_is_neither_parsed_nor_validated_again()
    {
        var listener = new RecordingListener();
        var executor = new RequestExecutor(Library, new RequestExecutorOptions { DiagnosticEventListeners = [listener] });
        await executor.ExecuteAsync(new GraphQLRequest("{ books { id } }"));
        listener.Events.Clear();

        await executor.ExecuteAsync(new GraphQLRequest("{ books { id } }"));

        Assert.Equal(["request Query ", "execute", "/execute", "/request Query "], listener.Events);
    }

    [Fact]
    public async Task A_resolver_failure_is_reported_with_the_exception_while_the_client_sees_it_masked()
    {
        var listener = new RecordingListener();
        var executor = new RequestExecutor(Library, new RequestExecutorOptions { DiagnosticEventListeners = [listener] });

        var result = await executor.ExecuteAsync(new GraphQLRequest("{ broken }"));

        var (error, exception) = Assert.Single(listener.ResolverErrors);
        Assert.Equal("disk on fire", exception!.Message);
        Assert.Equal("Unexpected error", error.Message);
        Assert.Equal(error, Assert.Single(result.Errors!));
    }

    [Fact]
    public async Task A_request_refused_before_execution_reports_its_errors_with_their_codes()
    {
        var listener = new RecordingListener();
        var executor = new RequestExecutor(Library, new RequestExecutorOptions { DiagnosticEventListeners = [listener] });

        await executor.ExecuteAsync(new GraphQLRequest("{ books {"));
        await executor.ExecuteAsync(new GraphQLRequest("{ nope }"));

        Assert.Contains("request errors GRAPHQL_PARSE_FAILED", listener.Events);
        Assert.Contains("request errors GRAPHQL_VALIDATION_FAILED", listener.Events);
        Assert.DoesNotContain("execute", listener.Events);
    }

    [Fact]
    public async Task Several_listeners_each_see_every_event()
    {
        var first = new RecordingListener();
        var second = new RecordingListener();
        var executor = new RequestExecutor(Library, new RequestExecutorOptions { DiagnosticEventListeners = [first, second] });

        await executor.ExecuteAsync(new GraphQLRequest("{ books { author } }"));

        Assert.Equal(first.Events, second.Events);
        Assert.Contains("batch authorByBook 3", first.Events);
    }
}
