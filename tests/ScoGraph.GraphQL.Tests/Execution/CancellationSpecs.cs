using ScoGraph.GraphQL.Types;
using static ScoGraph.GraphQL.Tests.Execution.ExecutionTestKit;

namespace ScoGraph.GraphQL.Tests.Execution;

public class CancellationSpecs
{
    private static readonly Schema SlowSchema = Schema("type Query { slow: String fast: String }");

    [Fact]
    public async Task An_already_cancelled_request_does_not_start()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var called = false;
        var root = Obj(("fast", Resolve(_ => { called = true; return "x"; })));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Execute(SlowSchema, "{ fast }", root, cancellationToken: cancelled.Token));
        Assert.False(called);
    }

    [Fact]
    public async Task Cancelling_stops_an_execution_that_waits_on_a_resolver()
    {
        using var cancellation = new CancellationTokenSource();
        CancellationToken seen = default;
        var root = Obj(("slow", (FieldResolver)(async context =>
        {
            seen = context.CancellationToken;
            await Task.Delay(Timeout.Infinite, context.CancellationToken);
            return "never";
        })));

        var running = Execute(SlowSchema, "{ slow }", root, cancellationToken: cancellation.Token);
        cancellation.CancelAfter(50);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.True(seen.IsCancellationRequested);
    }

    [Fact]
    public async Task Work_a_resolver_leaves_running_still_completes_after_the_execution_has_answered()
    {
        var background = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var root = Obj(("fast", Resolve(context =>
        {
            _ = FireAndForget();
            return "answered";
        })));

        async Task FireAndForget()
        {
            await Task.Delay(20); // resumes through the execution's context, which is gone by then
            background.SetResult("finished");
        }

        Assert.Equal("""{"data":{"fast":"answered"}}""", await Json(SlowSchema, "{ fast }", root));
        Assert.Equal("finished", await background.Task.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task A_long_synchronous_list_notices_cancellation_without_finishing()
    {
        var schema = Schema("type Query { rows: [Row] } type Row { n: Int }");
        using var cancellation = new CancellationTokenSource();
        var completedRows = 0;
        var row = Obj(("n", Resolve(_ =>
        {
            if (++completedRows == 1000) cancellation.Cancel();
            return 1;
        })));
        var root = Obj(("rows", Enumerable.Repeat<object>(row, 100_000).ToArray()));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Execute(schema, "{ rows { n } }", root, cancellationToken: cancellation.Token));
        Assert.InRange(completedRows, 1000, 2000);
    }
}
