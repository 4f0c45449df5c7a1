namespace ScoGraph.GraphQL.DataLoader;

/// <summary>
/// A loader whose data source answers a batch of keys with at most one value per key (keys → dictionary).
/// A key missing from the answer loads as <c>default</c> (null), like a row that does not exist.
/// </summary>
public sealed class BatchDataLoader<TKey, TValue> : DataLoaderBase<TKey, TValue?> where TKey : notnull
{
    private readonly Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> _fetch;

    public BatchDataLoader(
        Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch,
        CancellationToken cancellationToken = default,
        int maxBatchSize = 0,
        IEqualityComparer<TKey>? keyComparer = null)
        : base(cancellationToken, maxBatchSize, keyComparer)
    {
        _fetch = fetch;
    }

    protected override async Task<Func<TKey, TValue?>> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    {
        var values = await _fetch(keys, cancellationToken) ?? throw new InvalidOperationException("The batch data loader's fetch returned null instead of a dictionary.");
        return key => values.TryGetValue(key, out var value) ? value : default;
    }
}
