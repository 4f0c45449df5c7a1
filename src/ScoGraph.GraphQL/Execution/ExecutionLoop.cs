using System.Collections.Concurrent;

namespace ScoGraph.GraphQL.Execution;

/// <summary>
/// The single logical thread one execution runs on. Completed resolver tasks and the continuations of
/// resolvers' own <c>await</c>s (posted through <see cref="ExecutionSynchronizationContext"/>) are queued
/// here and run one at a time, so the result tree needs no locks. When the queue runs dry the executor
/// dispatches the request's data loaders: every key asked for in that "tick" goes out in one batch.
/// </summary>
internal sealed class ExecutionLoop
{
    private readonly ConcurrentQueue<(SendOrPostCallback Callback, object? State)> _work = new();
    private TaskCompletionSource? _waiter;
    private bool _closed;

    public ExecutionLoop()
    {
        Context = new ExecutionSynchronizationContext(this);
    }

    public ExecutionSynchronizationContext Context { get; }

    /// <summary>Queues work from any thread and wakes the loop if it is waiting.</summary>
    public void Post(SendOrPostCallback callback, object? state)
    {
        if (Volatile.Read(ref _closed))
        {
            RunOnThreadPool(callback, state);
            return;
        }
        _work.Enqueue((callback, state));
        Interlocked.Exchange(ref _waiter, null)?.TrySetResult();
        if (Volatile.Read(ref _closed)) FlushToThreadPool(); // closed while we queued: nobody will run it here
    }

    /// <summary>
    /// Ends the loop once the execution is over. Continuations that still arrive (a resolver's fire-and-forget
    /// work, or resolvers outliving a cancelled execution) run on the thread pool instead of waiting forever.
    /// </summary>
    public void Close()
    {
        Volatile.Write(ref _closed, true);
        FlushToThreadPool();
    }

    private void FlushToThreadPool()
    {
        while (_work.TryDequeue(out var item)) RunOnThreadPool(item.Callback, item.State);
    }

    private static void RunOnThreadPool(SendOrPostCallback callback, object? state) =>
        ThreadPool.UnsafeQueueUserWorkItem(static item => item.Callback(item.State), (Callback: callback, State: state), preferLocal: false);

    /// <summary>Runs queued work until none is left, with the loop's synchronization context installed.</summary>
    /// <returns>Whether anything ran.</returns>
    public bool RunPending()
    {
        if (_work.IsEmpty) return false;
        var previous = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(Context);
        try
        {
            while (_work.TryDequeue(out var item))
            {
                try
                {
                    item.Callback(item.State);
                }
                catch (Exception)
                {
                    // Only an async void method's failure arrives here (task continuations keep theirs in the
                    // task): it belongs to no field, and must not take the whole execution down.
                }
            }
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(previous);
        }
        return true;
    }

    /// <summary>Completes when work arrives (immediately if some already waits).</summary>
    public Task WaitForWorkAsync(CancellationToken cancellationToken)
    {
        var waiter = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Volatile.Write(ref _waiter, waiter);
        // Re-check after publishing the waiter: work posted in between would otherwise be missed.
        if (!_work.IsEmpty) return Task.CompletedTask;
        return waiter.Task.WaitAsync(cancellationToken);
    }

    /// <summary>Runs <paramref name="action"/> with the loop's context installed, so awaits inside post back here.</summary>
    public void RunInContext<TState>(Action<TState> action, TState state)
    {
        var previous = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(Context);
        try
        {
            action(state);
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(previous);
        }
    }
}
