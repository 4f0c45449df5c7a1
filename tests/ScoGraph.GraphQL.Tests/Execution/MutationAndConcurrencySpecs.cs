using System.Collections.Concurrent;
using ScoGraph.GraphQL.Types;
using static ScoGraph.GraphQL.Tests.Execution.ExecutionTestKit;

namespace ScoGraph.GraphQL.Tests.Execution;

/// <summary>Mutation root fields run one after another (spec 6.2.2); query fields run concurrently (spec 6.3.1).</summary>
public class MutationAndConcurrencySpecs
{
    private static readonly Schema StepSchema = Schema("""
        type Query { a: Step b: Step c: Step }
        type Mutation { first: Step second: Step third: Step boom: Int! after: Int }
        type Step { name: String detail: String }
        """);

    /// <summary>A step that logs its start and end around a real delay; its sub-field waits too.</summary>
    private static FieldResolver Step(ConcurrentQueue<string> log, string name, int delay) => async context =>
    {
        log.Enqueue($"{name} start");
        await Task.Delay(delay, context.CancellationToken);
        log.Enqueue($"{name} end");
        return Obj(("name", name), ("detail", (FieldResolver)(async _ =>
        {
            await Task.Delay(delay);
            log.Enqueue($"{name} detail");
            return $"{name} done";
        })));
    };

    [Fact]
    public async Task Mutation_fields_run_serially_each_with_its_sub_selection_finished_before_the_next()
    {
        var log = new ConcurrentQueue<string>();
        var root = Obj(("first", Step(log, "first", 40)), ("second", Step(log, "second", 1)), ("third", Step(log, "third", 15)));

        var json = await Json(StepSchema, "mutation { first { name detail } second { name detail } third { name } }", root);

        Assert.Equal(
            ["first start", "first end", "first detail", "second start", "second end", "second detail", "third start", "third end"],
            log.ToArray());
        Assert.Equal("""{"data":{"first":{"name":"first","detail":"first done"},"second":{"name":"second","detail":"second done"},"third":{"name":"third"}}}""", json);
    }

    [Fact]
    public async Task Query_fields_all_start_before_any_of_them_finishes()
    {
        var log = new ConcurrentQueue<string>();
        var root = Obj(("a", Step(log, "a", 30)), ("b", Step(log, "b", 30)), ("c", Step(log, "c", 30)));

        var json = await Json(StepSchema, "{ a { name } b { name } c { name } }", root);

        Assert.Equal(["a start", "b start", "c start"], log.Take(3));
        Assert.Equal("""{"data":{"a":{"name":"a"},"b":{"name":"b"},"c":{"name":"c"}}}""", json);
    }

    [Fact]
    public async Task A_failed_non_null_mutation_field_nulls_the_data_and_stops_later_fields()
    {
        var ranAfter = false;
        var root = Obj(("boom", Fail("no")), ("after", Resolve(_ => { ranAfter = true; return 1; })));

        var json = await Json(StepSchema, "mutation { boom after }", root);

        Assert.Equal("""{"errors":[{"message":"no","locations":[{"line":1,"column":12}],"path":["boom"]}],"data":null}""", json);
        Assert.False(ranAfter);
    }
}
