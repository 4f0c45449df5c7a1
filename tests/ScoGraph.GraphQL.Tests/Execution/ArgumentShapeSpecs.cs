using ScoGraph.GraphQL.Types;
using static ScoGraph.GraphQL.Tests.Execution.ExecutionTestKit;

namespace ScoGraph.GraphQL.Tests.Execution;

/// <summary>Resolvers see one runtime shape for an input value, whether it was written, passed in a variable or defaulted.</summary>
public class ArgumentShapeSpecs
{
    [Fact]
    public async Task A_list_argument_is_an_array_whether_written_passed_or_defaulted()
    {
        var shapes = new List<string>();
        var schema = SchemaBuilder.FromSdl("type Query { tags(names: [String] = [\"a\", \"b\"]): Int }")
            .Bind("Query", "tags", context =>
            {
                shapes.Add(context.Arguments["names"]?.GetType().Name ?? "null");
                return 0;
            })
            .Build();

        await Execute(schema, """{ written: tags(names: ["x"]) defaulted: tags }""");
        await Execute(schema, "query($n: [String]) { tags(names: $n) }", variables: Vars(("n", new object?[] { "y" })));

        Assert.Equal(["Object[]", "Object[]", "Object[]"], shapes);
    }

    [Fact]
    public async Task A_resolver_changing_a_defaulted_list_or_object_changes_it_for_nobody_else()
    {
        var seen = new List<string>();
        var schema = SchemaBuilder.FromSdl("""
            input Range { from: Int, to: Int }
            type Query { pick(ids: [Int] = [1, 2], range: Range = { from: 1, to: 9 }): Int }
            """)
            .Bind("Query", "pick", context =>
            {
                var ids = (object?[])context.Arguments["ids"]!;
                var range = (Dictionary<string, object?>)context.Arguments["range"]!;
                seen.Add($"{ids[0]}-{range["to"]}");
                ids[0] = 99;
                range["to"] = 0;
                return 0;
            })
            .Build();

        await Execute(schema, "{ pick }");
        await Execute(schema, "{ pick }");

        Assert.Equal(["1-9", "1-9"], seen);
    }
}
