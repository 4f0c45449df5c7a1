using ScoGraph.GraphQL.Execution;
using ScoGraph.GraphQL.Types;
using static ScoGraph.GraphQL.Tests.Execution.ExecutionTestKit;

namespace ScoGraph.GraphQL.Tests.Execution;

public class FieldErrorSpecs
{
    private static readonly Schema ErrorSchema = Schema("""
        type Query { fail: String typed: String items: [Item] }
        type Item { id: Int name: String }
        """);

    [Fact]
    public async Task A_resolver_exception_becomes_its_message_with_the_fields_path_and_locations_never_a_stack_trace()
    {
        var root = Obj(("fail", (FieldResolver)(_ => throw new InvalidOperationException("database said no"))));

        var json = await Json(ErrorSchema, "{\n  a: fail\n  a: fail\n}", root);

        Assert.Equal("""{"errors":[{"message":"database said no","locations":[{"line":2,"column":3},{"line":3,"column":3}],"path":["a"]}],"data":{"a":null}}""", json);
        Assert.DoesNotContain(" at ", json);
    }

    [Fact]
    public async Task A_GraphQLException_keeps_its_extensions()
    {
        var root = Obj(("typed", (FieldResolver)(_ => throw new GraphQLException("Not found", new Dictionary<string, object?> { ["code"] = "NOT_FOUND" }))));

        Assert.Equal("""{"errors":[{"message":"Not found","locations":[{"line":1,"column":3}],"path":["typed"],"extensions":{"code":"NOT_FOUND"}}],"data":{"typed":null}}""",
            await Json(ErrorSchema, "{ typed }", root));
    }

    [Fact]
    public async Task Errors_inside_lists_carry_the_item_index_in_their_path()
    {
        var root = Obj(("items", new object[]
        {
            Obj(("id", 1), ("name", "one")),
            Obj(("id", 2), ("name", Fail("bad row"))),
        }));

        Assert.Equal("""{"errors":[{"message":"bad row","locations":[{"line":1,"column":14}],"path":["items",1,"name"]}],"data":{"items":[{"id":1,"name":"one"},{"id":2,"name":null}]}}""",
            await Json(ErrorSchema, "{ items { id name } }", root));
    }

    [Fact]
    public async Task A_returned_exception_is_a_field_error_like_a_thrown_one()
    {
        var root = Obj(("fail", new InvalidOperationException("returned, not thrown")));
        Assert.Equal("""{"errors":[{"message":"returned, not thrown","locations":[{"line":1,"column":3}],"path":["fail"]}],"data":{"fail":null}}""",
            await Json(ErrorSchema, "{ fail }", root));
    }

    [Fact]
    public async Task A_deferred_failure_reports_the_same_error_as_a_synchronous_one()
    {
        var root = Obj(("fail", FailLater("later")));
        Assert.Equal("""{"errors":[{"message":"later","locations":[{"line":1,"column":3}],"path":["fail"]}],"data":{"fail":null}}""",
            await Json(ErrorSchema, "{ fail }", root));
    }

    [Fact]
    public async Task A_custom_serializer_runs_once_per_value_even_when_it_fails_or_returns_null()
    {
        var calls = 0;
        var schema = SchemaBuilder.FromSdl("scalar Odd type Query { thrown: Odd empty: Odd resolved: Odd fine: Odd }")
            .BindScalar("Odd", serialize: value =>
            {
                calls++;
                return (int)value! switch
                {
                    1 => throw new GraphQLCoercionException("Odd cannot represent 1"),
                    2 => null,
                    var other => other,
                };
            })
            .Bind("Query", "resolved", _ => 2)
            .Build();
        var root = Obj(("thrown", 1), ("empty", 2), ("fine", 3));

        Assert.Equal(
            """{"errors":[{"message":"Odd cannot represent 1","locations":[{"line":1,"column":3}],"path":["thrown"]},""" +
            """{"message":"Expected `Odd.serialize(2)` to return non-nullable value, returned: null","locations":[{"line":1,"column":10}],"path":["empty"]},""" +
            """{"message":"Expected `Odd.serialize(2)` to return non-nullable value, returned: null","locations":[{"line":1,"column":16}],"path":["resolved"]}],""" +
            "\"data\":{\"thrown\":null,\"empty\":null,\"resolved\":null,\"fine\":3}}",
            await Json(schema, "{ thrown empty resolved fine }", root));
        Assert.Equal(4, calls);
    }

    [Fact]
    public async Task A_returned_exception_is_a_field_error_even_for_a_scalar_that_serializes_anything()
    {
        // graphql-js checks for a returned Error before serializing; an identity serializer must not hide it.
        var schema = SchemaBuilder.FromSdl("scalar Any type Query { read: Any resolved: Any }")
            .BindScalar("Any")
            .Bind("Query", "resolved", _ => new InvalidOperationException("resolved, not thrown"))
            .Build();
        var root = Obj(("read", new InvalidOperationException("read, not thrown")));

        Assert.Equal(
            """{"errors":[{"message":"read, not thrown","locations":[{"line":1,"column":3}],"path":["read"]},""" +
            """{"message":"resolved, not thrown","locations":[{"line":1,"column":8}],"path":["resolved"]}],""" +
            "\"data\":{\"read\":null,\"resolved\":null}}",
            await Json(schema, "{ read resolved }", root));
    }
}
