namespace ScoGraph.GraphQL.DataLoader;

/// <summary>
/// Collects the keys resolvers ask for during one execution "tick" and fetches them together, so a list of
/// 100 parents costs one call to the data source instead of 100 (the N+1 problem). Results are cached per key
/// for the loader's lifetime, which is one request. The executor calls <see cref="Dispatch"/> when it has no
/// synchronous work left; outside the executor, call it yourself.
/// </summary>
public abstract class DataLoaderBase<TKey, TResult> : IDataLoader, IScopedDataLoader where TKey : notnull
{
    private readonly object _gate = new();
    private readonly Dictionary<TKey, Task<TResult>> _cache;
    private List<KeyValuePair<TKey, TaskCompletionSource<TResult>>> _pending = [];

    protected DataLoaderBase(CancellationToken cancellationToken = default, int maxBatchSize = 0, IEqualityComparer<TKey>? keyComparer = null)
    {
        CancellationToken = cancellationToken;
        MaxBatchSize = maxBatchSize > 0 ? maxBatchSize : int.MaxValue;
        _cache = new Dictionary<TKey, Task<TResult>>(keyComparer);
    }

    /// <summary>Passed to every fetch: the request's cancellation.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>Largest number of keys sent to the data source in one call.</summary>
    public int MaxBatchSize { get; }

    /// <summary>The scope that dispatches this loader, told when keys start waiting.</summary>
    DataLoaderScope? IScopedDataLoader.Scope { get; set; }

    string? IScopedDataLoader.Name { get; set; }

    public bool HasPending
    {
        get { lock (_gate) return _pending.Count > 0; }
    }

    /// <summary>The value for <paramref name="key"/>: from the cache, or fetched with the next batch.</summary>
    public Task<TResult> LoadAsync(TKey key)
    {
        Task<TResult> task;
        bool firstWaiting;
        lock (_gate)
        {
            if (_cache.TryGetValue(key, out var cached)) return cached;
            // Continuations run where the batch completes: inside the executor that is its own loop, so
            // the resolvers awaiting this key continue (and queue their own loads) before the next dispatch.
            var completion = new TaskCompletionSource<TResult>();
            _cache.Add(key, completion.Task);
            firstWaiting = _pending.Count == 0;
            _pending.Add(new(key, completion));
            task = completion.Task;
        }
        if (firstWaiting) ((IScopedDataLoader)this).Scope?.OnKeysPending();
        return task;
    }

    /// <summary>Values for several keys, in the order given.</summary>
    public Task<TResult[]> LoadManyAsync(IEnumerable<TKey> keys) => Task.WhenAll(keys.Select(LoadAsync));

    /// <summary>Puts a value into the cache (e.g. one a mutation just wrote) unless the key is already there.</summary>
    public void Prime(TKey key, TResult value)
    {
        lock (_gate) _cache.TryAdd(key, Task.FromResult(value));
    }

    public void Dispatch()
    {
        List<KeyValuePair<TKey, TaskCompletionSource<TResult>>> batch;
        lock (_gate)
        {
            if (_pending.Count == 0) return;
            batch = _pending;
            _pending = [];
        }
        for (var start = 0; start < batch.Count; start += MaxBatchSize)
        {
            var size = Math.Min(MaxBatchSize, batch.Count - start);
            _ = RunBatchAsync(batch.GetRange(start, size));
        }
    }

    /// <summary>
    /// Fetches the values of <paramref name="keys"/> (distinct, in request order) and returns how to read
    /// each key's value from what was fetched.
    /// </summary>
    protected abstract Task<Func<TKey, TResult>> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    private async Task RunBatchAsync(List<KeyValuePair<TKey, TaskCompletionSource<TResult>>> batch)
    {
        Func<TKey, TResult> read;
        var scoped = (IScopedDataLoader)this;
        var diagnostics = scoped.Scope?.BeginBatch(scoped.Name ?? GetType().Name, batch.Count);
        try
        {
            var keys = new TKey[batch.Count];
            for (var i = 0; i < keys.Length; i++) keys[i] = batch[i].Key;
            read = await FetchAsync(keys, CancellationToken);
        }
        catch (Exception error)
        {
            diagnostics?.Dispose();
            // Every resolver waiting on this batch gets the data source's error as its field error.
            CompleteOutsideContext(batch, (completion, _) =>
            {
                if (error is OperationCanceledException) completion.TrySetCanceled(CancellationToken);
                else completion.TrySetException(error);
            });
            return;
        }
        // The batch's scope ends with the fetch, before the waiting resolvers go on.
        diagnostics?.Dispose();
        CompleteOutsideContext(batch, (completion, key) =>
        {
            try
            {
                completion.TrySetResult(read(key));
            }
            catch (Exception error)
            {
                completion.TrySetException(error);
            }
        });
    }

    /// <summary>
    /// Completes the waiting keys with no synchronization context current: continuations that captured the
    /// executor's context are then posted to its loop in order, and ConfigureAwait(false) continuations (e.g.
    /// library wrappers around resolvers) run right here instead of hopping to the thread pool. Either way the
    /// executor has them all before it next goes idle, so the next level's keys still share one batch.
    /// </summary>
    private static void CompleteOutsideContext(
        List<KeyValuePair<TKey, TaskCompletionSource<TResult>>> batch, Action<TaskCompletionSource<TResult>, TKey> complete)
    {
        var previous = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(null);
        try
        {
            foreach (var (key, completion) in batch) complete(completion, key);
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(previous);
        }
    }
}
