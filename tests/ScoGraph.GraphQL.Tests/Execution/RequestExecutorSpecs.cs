using ScoGraph.GraphQL.Analysis;
using ScoGraph.GraphQL.Execution;
using ScoGraph.GraphQL.Language.Ast;
using ScoGraph.GraphQL.Tests.Support;
using ScoGraph.GraphQL.Types;
using ScoGraph.GraphQL.Validation;
using static ScoGraph.GraphQL.Tests.Execution.ExecutionTestKit;

namespace ScoGraph.GraphQL.Tests.Execution;

public class RequestExecutorSpecs
{
    private static readonly Schema Greeter = SchemaBuilder.FromSdl("""
        type Query { hello(name: String = "world"): String slow: String }
        type Mutation { touch: Int }
        type Subscription { ticks: Int }
        """)
        .Bind("Query", "hello", context => $"Hello, {context.Argument<string>("name")}!")
        .Bind("Query", "slow", async context =>
        {
            await Task.Delay(Timeout.Infinite, context.CancellationToken);
            return (object?)"never";
        })
        .Bind("Mutation", "touch", _ => 1)
        .Bind("Subscription", "ticks", _ => 1)
        .Build();

    [Fact]
    public async Task A_valid_request_is_parsed_validated_and_executed()
    {
        var executor = new RequestExecutor(Greeter);
        var result = await executor.ExecuteAsync(new GraphQLRequest("""query($n: String) { hello(name: $n) }""", null, Vars(("n", "Ada"))));
        Assert.Equal("""{"data":{"hello":"Hello, Ada!"}}""", ResultJson.Text(result));
    }

    [Fact]
    public async Task A_syntax_error_answers_without_data()
    {
        var result = await new RequestExecutor(Greeter).ExecuteAsync(new GraphQLRequest("{ hello"));
        Assert.False(result.HasData);
        Assert.Equal("""{"errors":[{"message":"Syntax Error: Expected Name, found <EOF>.","locations":[{"line":1,"column":8}],"extensions":{"code":"GRAPHQL_PARSE_FAILED"}}]}""", ResultJson.Text(result));
    }

    [Fact]
    public async Task A_validation_error_answers_without_data()
    {
        var result = await new RequestExecutor(Greeter).ExecuteAsync(new GraphQLRequest("{ nope }"));
        Assert.False(result.HasData);
        Assert.Equal("Cannot query field \"nope\" on type \"Query\".", Assert.Single(result.Errors!).Message);
    }

    [Fact]
    public void The_same_query_text_is_parsed_once()
    {
        var executor = new RequestExecutor(Greeter);
        var first = executor.Prepare(new GraphQLRequest("{ hello }"));
        var second = executor.Prepare(new GraphQLRequest("{ hello }"));
        Assert.Same(first.Document, second.Document);
        Assert.Null(second.Error);
    }

    [Fact]
    public void The_operation_type_is_known_before_execution_for_transports_that_refuse_mutations_over_GET()
    {
        var executor = new RequestExecutor(Greeter);
        const string Document = "query Q { hello } mutation M { touch }";

        Assert.Equal(OperationType.Mutation, executor.Prepare(new GraphQLRequest(Document, "M")).OperationType);
        Assert.Equal(OperationType.Query, executor.Prepare(new GraphQLRequest(Document, "Q")).OperationType);
        Assert.Null(executor.Prepare(new GraphQLRequest(Document)).OperationType);
    }

    [Fact]
    public async Task A_text_over_the_length_limit_is_refused_before_it_is_parsed()
    {
        var executor = new RequestExecutor(Greeter, new RequestExecutorOptions { Limits = QueryLimits.None with { MaxDocumentLength = 10 } });
        var prepared = executor.Prepare(new GraphQLRequest("{ hello hello"));

        Assert.Null(prepared.Document);
        var result = await executor.ExecuteAsync(prepared);
        Assert.Equal(QueryLimitCodes.DocumentTooLarge, Assert.Single(result.Errors!).Extensions!["code"]);
    }

    [Fact]
    public async Task The_limits_are_checked_before_validation_with_the_request_variables()
    {
        var executor = new RequestExecutor(Greeter, new RequestExecutorOptions { Limits = QueryLimits.None with { MaxRootFields = 2 } });

        // Three unknown fields: over the limit, and invalid; the limit answers first.
        var result = await executor.ExecuteAsync(new GraphQLRequest("{ a b c }"));

        Assert.False(result.HasData);
        Assert.Equal(QueryLimitCodes.TooManyRootFields, Assert.Single(result.Errors!).Extensions!["code"]);
    }

    [Fact]
    public async Task Introspection_can_be_switched_off()
    {
        var executor = new RequestExecutor(Greeter, new RequestExecutorOptions { AllowIntrospection = false });
        var result = await executor.ExecuteAsync(new GraphQLRequest("{ __schema { queryType { name } } }"));
        Assert.Equal(QueryLimitCodes.IntrospectionDisabled, Assert.Single(result.Errors!).Extensions!["code"]);
    }

    [Fact]
    public async Task The_cost_is_reported_when_the_request_extensions_ask_for_it()
    {
        var executor = new RequestExecutor(Greeter, new RequestExecutorOptions { Limits = QueryLimits.Default });
        var asked = await executor.ExecuteAsync(new GraphQLRequest("query($n: String) { hello(name: $n) }", Extensions: Vars(("cost", "report"))));
        var notAsked = await executor.ExecuteAsync(new GraphQLRequest("query($n: String) { hello(name: $n) }"));

        var cost = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(asked.Extensions!["cost"]);
        Assert.Equal(1L, cost["fieldCost"]);
        Assert.Null(notAsked.Extensions);
    }

    private sealed class NoHelloRule : IValidationRule
    {
        public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

        private sealed class Visitor(ValidationContext context) : ValidationVisitor
        {
            public override bool EnterField(FieldNode node)
            {
                if (node.Name.Value == "hello") context.Report("hello is switched off.", node);
                return true;
            }
        }
    }

    [Fact]
    public async Task Extra_validation_rules_run_after_the_specified_ones()
    {
        var executor = new RequestExecutor(Greeter, new RequestExecutorOptions { ExtraValidationRules = [new NoHelloRule()] });
        var result = await executor.ExecuteAsync(new GraphQLRequest("{ hello }"));
        Assert.Equal("""{"errors":[{"message":"hello is switched off.","locations":[{"line":1,"column":3}],"extensions":{"code":"GRAPHQL_VALIDATION_FAILED"}}]}""", ResultJson.Text(result));
    }

    [Fact]
    public async Task An_execution_that_runs_too_long_is_stopped_with_an_error()
    {
        var executor = new RequestExecutor(Greeter, new RequestExecutorOptions { MaxExecutionTime = TimeSpan.FromMilliseconds(50) });
        var result = await executor.ExecuteAsync(new GraphQLRequest("{ slow }")).WaitAsync(TimeSpan.FromSeconds(10));
        var error = Assert.Single(result.Errors!);
        Assert.Equal("The operation did not finish within the execution timeout of 50 ms.", error.Message);
        Assert.Equal(RequestExecutor.ExecutionTimeoutCode, error.Extensions!["code"]);
    }

    [Fact]
    public async Task The_root_value_factory_provides_the_parent_of_root_fields()
    {
        var schema = Schema("type Query { motto: String }");
        var executor = new RequestExecutor(schema, new RequestExecutorOptions { RootValueFactory = (_, _) => Obj(("motto", "be kind")) });
        Assert.Equal("""{"data":{"motto":"be kind"}}""", ResultJson.Text(await executor.ExecuteAsync(new GraphQLRequest("{ motto }"))));
    }

    [Fact]
    public async Task Subscriptions_are_refused_with_a_clear_error()
    {
        var result = await new RequestExecutor(Greeter).ExecuteAsync(new GraphQLRequest("subscription { ticks }"));
        Assert.False(result.HasData);
        Assert.Contains("not supported", Assert.Single(result.Errors!).Message);
    }

    [Fact]
    public async Task Bad_variables_answer_without_data()
    {
        var result = await new RequestExecutor(Greeter).ExecuteAsync(new GraphQLRequest("query($n: String!) { hello(name: $n) }"));
        Assert.False(result.HasData);
        Assert.Equal("Variable \"$n\" of required type \"String!\" was not provided.", Assert.Single(result.Errors!).Message);
    }

    /// <summary>
    /// Fragments chained by spreads, each nesting <paramref name="levels"/> inline fragments: every definition stays
    /// within the parser's nesting bound, the whole operation nests <paramref name="fragments"/> times deeper.
    /// </summary>
    private static string ChainedDeepFragments(int fragments, int levels)
    {
        var text = new System.Text.StringBuilder("query { ...F0 }\n");
        for (var f = 0; f < fragments; f++)
        {
            text.Append($"fragment F{f} on Query {{ ");
            text.Append(string.Concat(Enumerable.Repeat("... { ", levels)));
            text.Append(f + 1 < fragments ? $"...F{f + 1}" : "hello");
            text.Append(new string('}', levels + 1)).Append('\n');
        }
        return text.ToString();
    }

    /// <summary>Runs on a thread with a 1 MB stack (smaller than the thread pool's), where an unguarded recursion would kill the process.</summary>
    private static ExecutionResult OnSmallStack(Func<Task<ExecutionResult>> run)
    {
        ExecutionResult? result = null;
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try { result = run().GetAwaiter().GetResult(); }
            catch (Exception e) { failure = e; }
        }, maxStackSize: 1024 * 1024);
        thread.Start();
        thread.Join();
        return failure is null ? result! : throw new InvalidOperationException("The request threw instead of answering.", failure);
    }

    [Fact]
    public void Fragments_nesting_deeper_than_the_ceiling_across_spreads_are_refused_by_the_depth_limit()
    {
        var executor = new RequestExecutor(Greeter, new RequestExecutorOptions { Limits = QueryLimits.Default });
        var document = ChainedDeepFragments(fragments: 4, levels: 990);

        var result = OnSmallStack(() => executor.ExecuteAsync(new GraphQLRequest(document)));

        var error = Assert.Single(result.Errors!);
        Assert.Equal(QueryLimitCodes.TooDeep, error.Extensions!["code"]);
        Assert.Equal("Query depth 1000 or more exceeds the maximum of 15.", error.Message);
    }

    [Fact]
    public void Without_limits_fragments_nested_beyond_the_stack_give_an_error_not_a_crash()
    {
        var executor = new RequestExecutor(Greeter);
        var document = ChainedDeepFragments(fragments: 60, levels: 990);

        var result = OnSmallStack(() => executor.ExecuteAsync(new GraphQLRequest(document)));

        Assert.NotNull(result.Errors);
        Assert.NotEmpty(result.Errors);
    }
}
