using ScoGraph.GraphQL.Execution;
using ScoGraph.GraphQL.Types;
using static ScoGraph.GraphQL.Tests.Execution.ExecutionTestKit;

namespace ScoGraph.GraphQL.Tests.Execution;

public class ResultMapSpecs
{
    [Fact]
    public async Task Result_data_reads_as_a_dictionary_in_selection_order()
    {
        var schema = Schema("type Query { b: Int a: Int c: Int }");
        var result = await Execute(schema, "{ c b a: b }", Obj(("a", 1), ("b", 2), ("c", 3)));

        var data = result.Data!;
        Assert.Equal(["c", "b", "a"], data.Keys);
        Assert.Equal([3, 2, 2], data.Values);
        Assert.True(data.TryGetValue("a", out var aliased));
        Assert.Equal(2, aliased);
        Assert.False(data.ContainsKey("missing"));
        Assert.Throws<KeyNotFoundException>(() => data["missing"]);
    }

    [Fact]
    public void A_path_lists_keys_and_indexes_from_the_root()
    {
        var root = new ResultMap(new ResultShape(["items"]));
        var list = new object?[3];
        var field = new ResponsePath(null, "items", 0, root, nullable: true);
        var item = new ResponsePath(field, null, 2, list, nullable: false);
        var name = new ResponsePath(item, "name", 0, new ResultMap(new ResultShape(["name"])), nullable: true);

        Assert.Equal(["items", 2, "name"], name.ToList());
        Assert.Equal("items.2.name", name.ToString());
        Assert.Equal(2, item.Key);
    }
}
