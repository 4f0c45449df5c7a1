using ScoGraph.GraphQL.Diagnostics;

namespace ScoGraph.GraphQL.DataLoader;

/// <summary>
/// The loaders of one request, found by name, so every resolver of the request shares their batches and caches.
/// The executor owns one per execution and dispatches it whenever it runs out of synchronous work.
/// </summary>
public sealed class DataLoaderScope
{
    private readonly object _gate = new();
    private readonly Dictionary<string, IDataLoader> _loaders = new(StringComparer.Ordinal);
    private IDataLoader[] _snapshot = [];

    public DataLoaderScope(CancellationToken cancellationToken = default)
    {
        CancellationToken = cancellationToken;
    }

    public CancellationToken CancellationToken { get; }

    /// <summary>
    /// Called when a loader of this scope gets its first waiting key since its last dispatch. The executor uses it
    /// to wake up when a resolver asks for a key from outside the executor's loop (after <c>ConfigureAwait(false)</c>):
    /// otherwise nobody would dispatch that key.
    /// </summary>
    internal Action? KeysPending { get; set; }

    internal void OnKeysPending() => KeysPending?.Invoke();

    /// <summary>Who is told of this scope's batches, and about which request; null when nobody listens.</summary>
    internal (IExecutionDiagnosticEventListener Listener, RequestDiagnosticContext Context)? Diagnostics { get; set; }

    /// <summary>Opens the diagnostic scope of one batch; null when nobody listens.</summary>
    internal IDisposable? BeginBatch(string loaderName, int keyCount) =>
        Diagnostics is var (listener, context) ? listener.DispatchBatch(context, loaderName, keyCount) : null;

    /// <summary>The loader registered under <paramref name="name"/>, created by <paramref name="create"/> the first time.</summary>
    public TLoader GetOrAdd<TLoader>(string name, Func<CancellationToken, TLoader> create) where TLoader : class, IDataLoader
    {
        lock (_gate)
        {
            if (_loaders.TryGetValue(name, out var existing))
            {
                return existing as TLoader ?? throw new InvalidOperationException(
                    $"The data loader \"{name}\" is a {existing.GetType().Name}, not a {typeof(TLoader).Name}; give different loaders different names.");
            }
            var loader = create(CancellationToken);
            if (loader is IScopedDataLoader scoped)
            {
                scoped.Scope = this;
                scoped.Name = name;
            }
            _loaders.Add(name, loader);
            _snapshot = [.. _loaders.Values];
            return loader;
        }
    }

    /// <summary>A <see cref="BatchDataLoader{TKey,TValue}"/> (keys → one value each) shared by the request under this name.</summary>
    public BatchDataLoader<TKey, TValue> Batch<TKey, TValue>(
        string name, Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch) where TKey : notnull =>
        TryGet<BatchDataLoader<TKey, TValue>>(name) ?? GetOrAdd(name, ct => new BatchDataLoader<TKey, TValue>(fetch, ct));

    /// <summary>A <see cref="GroupDataLoader{TKey,TValue}"/> (keys → many values each) shared by the request under this name.</summary>
    public GroupDataLoader<TKey, TValue> Group<TKey, TValue>(
        string name, Func<IReadOnlyList<TKey>, CancellationToken, Task<ILookup<TKey, TValue>>> fetch) where TKey : notnull =>
        TryGet<GroupDataLoader<TKey, TValue>>(name) ?? GetOrAdd(name, ct => new GroupDataLoader<TKey, TValue>(fetch, ct));

    /// <summary>The existing loader of that name and kind (the common case: no factory closure allocated).</summary>
    private TLoader? TryGet<TLoader>(string name) where TLoader : class, IDataLoader
    {
        lock (_gate) return _loaders.GetValueOrDefault(name) as TLoader;
    }

    /// <summary>Dispatches every loader with waiting keys; true when at least one batch was sent.</summary>
    public bool DispatchPending()
    {
        IDataLoader[] loaders;
        lock (_gate) loaders = _snapshot;
        var dispatched = false;
        foreach (var loader in loaders)
        {
            if (!loader.HasPending) continue;
            loader.Dispatch();
            dispatched = true;
        }
        return dispatched;
    }
}
