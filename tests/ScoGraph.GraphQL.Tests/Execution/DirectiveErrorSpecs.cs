using static ScoGraph.GraphQL.Tests.Execution.ExecutionTestKit;

namespace ScoGraph.GraphQL.Tests.Execution;

/// <summary>
/// A @skip/@include condition that cannot be evaluated fails where the selection is collected: for root fields
/// the whole data, inside an object the field that owns the selection (each list item on its own). Expected
/// JSON from graphql-js 16.
/// </summary>
public class DirectiveErrorSpecs
{
    private static readonly Types.Schema PetSchema = Schema("""
        interface Pet { name: String! }
        type Dog implements Pet { name: String! barks: Boolean! }
        type Query { pets: [Pet] first: Pet name: String }
        """);

    private static Dictionary<string, object?> Root()
    {
        var rex = Obj(("__typename", "Dog"), ("name", "Rex"), ("barks", true));
        var max = Obj(("__typename", "Dog"), ("name", "Max"), ("barks", false));
        return Obj(("pets", new object[] { rex, max }), ("first", rex), ("name", "n"));
    }

    [Theory]
    [InlineData("query($s: Boolean) { pets { name @skip(if: $s) } }",
        """{"errors":[{"message":"Argument \"if\" of required type \"Boolean!\" was provided the variable \"$s\" which was not provided a runtime value.","locations":[{"line":1,"column":44}],"path":["pets",0]},{"message":"Argument \"if\" of required type \"Boolean!\" was provided the variable \"$s\" which was not provided a runtime value.","locations":[{"line":1,"column":44}],"path":["pets",1]}],"data":{"pets":[null,null]}}""")]
    [InlineData("query($s: Boolean) { name @include(if: $s) first { name } }",
        """{"errors":[{"message":"Argument \"if\" of required type \"Boolean!\" was provided the variable \"$s\" which was not provided a runtime value.","locations":[{"line":1,"column":40}]}],"data":null}""")]
    [InlineData("query($s: Boolean) { first { name @skip(if: $s) } }",
        """{"errors":[{"message":"Argument \"if\" of required type \"Boolean!\" was provided the variable \"$s\" which was not provided a runtime value.","locations":[{"line":1,"column":45}],"path":["first"]}],"data":{"first":null}}""")]
    public async Task A_condition_without_a_value_fails_where_its_selection_is_collected(string query, string expected) =>
        Assert.Equal(expected, await Json(PetSchema, query, Root()));
}
