using ScoGraph.GraphQL.Execution;
using ScoGraph.GraphQL.Tests.Support;
using ScoGraph.GraphQL.Types;

namespace ScoGraph.GraphQL.Tests.Execution;

/// <summary>
/// Exceptions resolvers throw never show their own message to clients unless an error filter claims them
/// (issue 11, finding 5): "Unexpected error", <c>INTERNAL_SERVER_ERROR</c> and the request's id. GraphQL's own
/// exceptions keep their message and code.
/// </summary>
public class ErrorMaskingSpecs
{
    private sealed class StoreDown(string message) : Exception(message);

    private sealed class StoreDownFilter : IErrorFilter
    {
        public GraphQLError? OnException(Exception exception) => exception is StoreDown down
            ? new GraphQLError(down.Message, Extensions: new Dictionary<string, object?> { ["code"] = "STORE_UNAVAILABLE" })
            : null;
    }

    private static readonly Schema Failing = SchemaBuilder.FromSdl("""
        type Query { locked: String later: String expected: String down: String fine: String }
        """)
        .Bind("Query", "locked", _ => throw new InvalidOperationException("SQLite Error 5: 'database is locked'."))
        .Bind("Query", "later", async _ =>
        {
            await Task.Yield();
            throw new IOException("/var/lib/scograph/data/scograph.db is read-only");
        })
        .Bind("Query", "expected", _ => throw new GraphQLException("No entity with id 'x'.", new Dictionary<string, object?> { ["code"] = "NOT_FOUND" }))
        .Bind("Query", "down", _ => throw new StoreDown("The store is unavailable; try again shortly."))
        .Bind("Query", "fine", _ => "ok")
        .Build();

    private static Task<ExecutionResult> Run(string query, RequestExecutorOptions? options = null) =>
        new RequestExecutor(Failing, options).ExecuteAsync(new GraphQLRequest(query) { RequestId = "req-42" });

    [Theory]
    [InlineData("{ locked fine }")]
    [InlineData("{ later fine }")]
    public async Task An_unexpected_exception_reaches_the_client_masked_with_a_code_and_the_request_id(string query)
    {
        var result = await Run(query);

        var error = Assert.Single(result.Errors!);
        Assert.Equal("Unexpected error", error.Message);
        Assert.Equal("INTERNAL_SERVER_ERROR", error.Extensions!["code"]);
        Assert.Equal("req-42", error.Extensions["requestId"]);
        Assert.NotNull(error.Path);
        Assert.DoesNotContain("SQLite", ResultJson.Text(result));
        Assert.DoesNotContain("/var/lib", ResultJson.Text(result));
    }

    [Fact]
    public async Task A_GraphQL_exception_keeps_its_message_and_code()
    {
        var error = Assert.Single((await Run("{ expected }")).Errors!);
        Assert.Equal("No entity with id 'x'.", error.Message);
        Assert.Equal("NOT_FOUND", error.Extensions!["code"]);
    }

    [Fact]
    public async Task An_error_filter_gives_an_expected_exception_its_own_message_and_code()
    {
        var result = await Run("{ down }", new RequestExecutorOptions { ErrorFilters = [new StoreDownFilter()] });

        var error = Assert.Single(result.Errors!);
        Assert.Equal("The store is unavailable; try again shortly.", error.Message);
        Assert.Equal("STORE_UNAVAILABLE", error.Extensions!["code"]);
        Assert.Equal(["down"], error.Path!);
    }

    [Fact]
    public async Task Masking_can_be_switched_off_for_trusted_tooling()
    {
        var error = Assert.Single((await Run("{ locked }", new RequestExecutorOptions { MaskUnexpectedErrors = false })).Errors!);
        Assert.Equal("SQLite Error 5: 'database is locked'.", error.Message);
    }
}
