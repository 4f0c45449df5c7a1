using static ScoGraph.GraphQL.Tests.Execution.ExecutionTestKit;

namespace ScoGraph.GraphQL.Tests.Execution;

public class OperationSelectionSpecs
{
    private static readonly Types.Schema QueryOnly = Schema("type Query { a: String }");
    private static readonly Dictionary<string, object?> Root = Obj(("a", "A"));

    [Fact]
    public async Task Several_operations_need_an_operation_name()
    {
        var result = await Execute(QueryOnly, "query A { a } query B { a }", Root);
        Assert.False(result.HasData);
        Assert.Equal("Must provide operation name if query contains multiple operations.", Assert.Single(result.Errors!).Message);
    }

    [Fact]
    public async Task An_operation_name_that_names_no_operation_is_refused() =>
        Assert.Equal("""{"errors":[{"message":"Unknown operation named \"C\"."}]}""",
            await Json(QueryOnly, "query A { a } query B { a }", Root, operationName: "C"));

    [Fact]
    public async Task A_document_without_operations_is_refused() =>
        Assert.Equal("""{"errors":[{"message":"Must provide an operation."}]}""",
            await Json(QueryOnly, "fragment F on Query { a }", Root));

    [Fact]
    public async Task The_named_operation_runs() =>
        Assert.Equal("""{"data":{"b":"A"}}""", await Json(QueryOnly, "query A { a } query B { b: a }", Root, operationName: "B"));

    [Fact]
    public async Task A_mutation_against_a_schema_without_mutations_is_an_error_without_data() =>
        Assert.Equal("""{"errors":[{"message":"Schema is not configured to execute mutation operation.","locations":[{"line":1,"column":1}]}],"data":null}""",
            await Json(QueryOnly, "mutation { a }", Root));

    [Fact]
    public async Task A_field_the_type_does_not_have_is_left_out() =>
        Assert.Equal("""{"data":{"a":"A"}}""", await Json(QueryOnly, "{ nope a }", Root));
}
