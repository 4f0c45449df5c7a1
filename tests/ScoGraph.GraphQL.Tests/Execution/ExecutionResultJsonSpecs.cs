using ScoGraph.GraphQL.Execution;
using ScoGraph.GraphQL.Tests.Support;

namespace ScoGraph.GraphQL.Tests.Execution;

public class ExecutionResultJsonSpecs
{
    [Fact]
    public void Errors_come_first_then_data_with_keys_in_selection_order()
    {
        var data = new ResultMap(new ResultShape(["zeta", "alpha"]));
        data.SetAt(0, 1);
        data.SetAt(1, new object?[] { "x", null, 2.5, true });
        var error = new GraphQLError("boom", [new SourceLocation(2, 3)], ["zeta", 0, "name"],
            new Dictionary<string, object?> { ["code"] = "BAD" });

        var json = ResultJson.Text(new ExecutionResult(data, [error]));

        Assert.Equal(
            """{"errors":[{"message":"boom","locations":[{"line":2,"column":3}],"path":["zeta",0,"name"],"extensions":{"code":"BAD"}}],"data":{"zeta":1,"alpha":["x",null,2.5,true]}}""",
            json);
    }

    [Fact]
    public void A_result_without_data_omits_the_data_key_and_null_data_is_written_as_null()
    {
        var noData = ExecutionResult.FromErrors([new GraphQLError("Must provide an operation.")]);
        Assert.Equal("""{"errors":[{"message":"Must provide an operation."}]}""", ResultJson.Text(noData));

        var nullData = new ExecutionResult(null, [new GraphQLError("x")]);
        Assert.Equal("""{"errors":[{"message":"x"}],"data":null}""", ResultJson.Text(nullData));
    }

    [Fact]
    public void Empty_extensions_are_omitted_and_others_written_last()
    {
        var data = new Dictionary<string, object?> { ["a"] = 1 };
        Assert.Equal("""{"data":{"a":1}}""",
            ResultJson.Text(new ExecutionResult(data, [], new Dictionary<string, object?>())));
        Assert.Equal("""{"data":{"a":1},"extensions":{"cost":3}}""",
            ResultJson.Text(new ExecutionResult(data, null, new Dictionary<string, object?> { ["cost"] = 3 })));
    }

    [Fact]
    public void Text_is_escaped_like_JSON_stringify_leaves_it_readable()
    {
        var data = new Dictionary<string, object?> { ["s"] = "é \"q\" \n <tag>" };
        Assert.Equal("""{"data":{"s":"é \"q\" \n <tag>"}}""", ResultJson.Text(new ExecutionResult(data)));
    }

    [Fact]
    public void Non_finite_doubles_become_null_as_in_JSON_stringify()
    {
        var data = new Dictionary<string, object?> { ["n"] = double.NaN, ["i"] = double.PositiveInfinity, ["l"] = 5000000000L };
        Assert.Equal("""{"data":{"n":null,"i":null,"l":5000000000}}""", ResultJson.Text(new ExecutionResult(data)));
    }
}
