using ScoGraph.GraphQL.Execution;
using ScoGraph.GraphQL.Language.Ast;
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
        Assert.Equal("""{"data":{"hello":"Hello, Ada!"}}""", ExecutionResultJson.ToJson(result));
    }

    [Fact]
    public async Task A_syntax_error_answers_without_data()
    {
        var result = await new RequestExecutor(Greeter).ExecuteAsync(new GraphQLRequest("{ hello"));
        Assert.False(result.HasData);
        Assert.Equal("""{"errors":[{"message":"Syntax Error: Expected Name, found <EOF>.","locations":[{"line":1,"column":8}]}]}""", ExecutionResultJson.ToJson(result));
    }

    [Fact]
    public async Task A_validation_error_answers_without_data()
    {
        var result = await new RequestExecutor(Greeter).ExecuteAsync(new GraphQLRequest("{ nope }"));
        Assert.False(result.HasData);
        Assert.Equal("Cannot query field \"nope\" on type \"Query\".", Assert.Single(result.Errors!).Message);
    }

    [Fact]
    public void The_same_query_text_is_parsed_and_validated_once()
    {
        var executor = new RequestExecutor(Greeter);
        var first = executor.ParseAndValidate(new GraphQLRequest("{ hello }"));
        var second = executor.ParseAndValidate(new GraphQLRequest("{ hello }"));
        Assert.Same(first.Document, second.Document);
        Assert.Empty(second.Errors);
    }

    [Fact]
    public void The_operation_type_is_known_before_execution_for_transports_that_refuse_mutations_over_GET()
    {
        var executor = new RequestExecutor(Greeter);
        var (document, _) = executor.ParseAndValidate(new GraphQLRequest("query Q { hello } mutation M { touch }"));

        Assert.Equal(OperationType.Mutation, RequestExecutor.GetOperationType(document!, "M"));
        Assert.Equal(OperationType.Query, RequestExecutor.GetOperationType(document!, "Q"));
        Assert.Null(RequestExecutor.GetOperationType(document!, null));
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
        Assert.Equal("""{"errors":[{"message":"hello is switched off.","locations":[{"line":1,"column":3}]}]}""", ExecutionResultJson.ToJson(result));
    }

    [Fact]
    public async Task An_execution_that_runs_too_long_is_stopped_with_an_error()
    {
        var executor = new RequestExecutor(Greeter, new RequestExecutorOptions { MaxExecutionTime = TimeSpan.FromMilliseconds(50) });
        var result = await executor.ExecuteAsync(new GraphQLRequest("{ slow }")).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal("Execution was stopped after the maximum execution time of 50 ms.", Assert.Single(result.Errors!).Message);
    }

    [Fact]
    public async Task The_root_value_factory_provides_the_parent_of_root_fields()
    {
        var schema = Schema("type Query { motto: String }");
        var executor = new RequestExecutor(schema, new RequestExecutorOptions { RootValueFactory = (_, _) => Obj(("motto", "be kind")) });
        Assert.Equal("""{"data":{"motto":"be kind"}}""", ExecutionResultJson.ToJson(await executor.ExecuteAsync(new GraphQLRequest("{ motto }"))));
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
}
