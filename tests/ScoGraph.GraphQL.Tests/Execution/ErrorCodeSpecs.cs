using ScoGraph.GraphQL.Analysis;
using ScoGraph.GraphQL.Execution;
using ScoGraph.GraphQL.Types;

namespace ScoGraph.GraphQL.Tests.Execution;

/// <summary>
/// Every error the request path reports carries an <c>extensions.code</c> clients know (issue 11, finding 6): parse,
/// validation (the error-limit "Validation aborted." too), variables, operation selection, subscriptions, and the
/// field errors the engine itself raises.
/// </summary>
public class ErrorCodeSpecs
{
    private static readonly Schema Greeter = SchemaBuilder.FromSdl("""
        type Query { hello(name: String): String count(n: Int!): Int nonNull: String! badInt: Int }
        type Subscription { ticks: Int }
        """)
        .Bind("Query", "hello", context => $"Hello, {context.Argument<string>("name")}!")
        .Bind("Query", "count", context => context.Argument<int>("n"))
        .Bind("Query", "nonNull", _ => null)
        .Bind("Query", "badInt", _ => "not a number")
        .Bind("Subscription", "ticks", _ => 1)
        .Build();

    public static TheoryData<string, string?, string?, string> Requests() => new()
    {
        { "{ hello", null, null, "GRAPHQL_PARSE_FAILED" },
        { "{ nope }", null, null, "GRAPHQL_VALIDATION_FAILED" },
        { "{ " + string.Concat(Enumerable.Range(0, 120).Select(i => $"n{i} ")) + "}", null, null, "GRAPHQL_VALIDATION_FAILED" },
        { "query($n: Int!) { count(n: $n) }", null, """{"n":"x"}""", "BAD_USER_INPUT" },
        { "query($n: Int!) { count(n: $n) }", null, null, "BAD_USER_INPUT" },
        { "query A { hello } query B { hello }", "C", null, "OPERATION_RESOLUTION_FAILURE" },
        { "query A { hello } query B { hello }", null, null, "OPERATION_RESOLUTION_FAILURE" },
        { "fragment F on Query { hello }", null, null, "GRAPHQL_VALIDATION_FAILED" },
        { "subscription { ticks }", null, null, "OPERATION_NOT_SUPPORTED" },
        { "{ nonNull }", null, null, "INTERNAL_SERVER_ERROR" },
        { "{ badInt }", null, null, "INTERNAL_SERVER_ERROR" },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task Every_error_has_a_code(string query, string? operationName, string? variablesJson, string code)
    {
        var variables = variablesJson is null ? null : JsonInput.ToDictionaryOrNull(System.Text.Json.JsonDocument.Parse(variablesJson).RootElement);
        var result = await new RequestExecutor(Greeter).ExecuteAsync(new GraphQLRequest(query, operationName, variables));

        Assert.NotEmpty(result.Errors!);
        Assert.All(result.Errors!, error => Assert.Equal(code, Code(error)));
    }

    [Fact]
    public async Task The_error_limit_of_validation_is_coded_like_the_errors_before_it()
    {
        var query = "{ " + string.Concat(Enumerable.Range(0, 120).Select(i => $"n{i} ")) + "}";
        var result = await new RequestExecutor(Greeter).ExecuteAsync(new GraphQLRequest(query));

        var last = result.Errors![^1];
        Assert.Contains("Validation aborted.", last.Message);
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", Code(last));
    }

    private static string? Code(GraphQLError error) => error.Extensions?.GetValueOrDefault("code") as string;

    [Fact]
    public async Task A_limit_keeps_its_own_code()
    {
        var executor = new RequestExecutor(Greeter, new RequestExecutorOptions { Limits = QueryLimits.None with { MaxRootFields = 1 } });
        var result = await executor.ExecuteAsync(new GraphQLRequest("{ a: hello b: hello }"));
        Assert.Equal(QueryLimitCodes.TooManyRootFields, Code(Assert.Single(result.Errors!)));
    }
}
