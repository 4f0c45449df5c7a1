using ScoGraph.GraphQL.Types;
using static ScoGraph.GraphQL.Tests.Execution.ExecutionTestKit;

namespace ScoGraph.GraphQL.Tests.Execution;

/// <summary>Tasks handed back as values mean their results, as graphql-js awaits promises (also inside lists).</summary>
public class TaskValueSpecs
{
    private static readonly Schema NumberSchema = Schema("type Query { one: Int numbers: [Int] strict: [Int!] }");

    private static async Task<int> Later(int value)
    {
        await Task.Delay(5);
        return value;
    }

    private static async Task<int> FailLater(string message)
    {
        await Task.Yield();
        throw new InvalidOperationException(message);
    }

    [Fact]
    public async Task A_resolver_returning_a_task_as_its_value_resolves_to_the_tasks_result()
    {
        var root = Obj(("one", Resolve(_ => Later(7))));
        Assert.Equal("""{"data":{"one":7}}""", await Json(NumberSchema, "{ one }", root));
    }

    [Fact]
    public async Task List_items_may_be_tasks_finished_or_not_and_a_failing_one_is_an_item_error()
    {
        var root = Obj(("numbers", new object[] { Task.FromResult(1), Later(2), 3, FailLater("no four") }));
        Assert.Equal("""{"errors":[{"message":"no four","locations":[{"line":1,"column":3}],"path":["numbers",3]}],"data":{"numbers":[1,2,3,null]}}""",
            await Json(NumberSchema, "{ numbers }", root));
    }

    [Fact]
    public async Task A_failing_task_in_a_non_null_item_position_nulls_the_whole_list()
    {
        var root = Obj(("strict", new object[] { Later(1), FailLater("gone") }));
        Assert.Equal("""{"errors":[{"message":"gone","locations":[{"line":1,"column":3}],"path":["strict",1]}],"data":{"strict":null}}""",
            await Json(NumberSchema, "{ strict }", root));
    }

    private static async IAsyncEnumerable<string> Streamed()
    {
        foreach (var word in new[] { "a", "b", "c" })
        {
            await Task.Yield();
            yield return word;
        }
    }

    [Fact]
    public async Task An_async_stream_completes_as_the_list_of_its_items()
    {
        var schema = Schema("type Query { words: [String] }");
        Assert.Equal("""{"data":{"words":["a","b","c"]}}""", await Json(schema, "{ words }", Obj(("words", Resolve(_ => Streamed())))));
        Assert.Equal("""{"data":{"words":["a","b","c"]}}""", await Json(schema, "{ words }", Obj(("words", Streamed()))));
    }
}
