namespace ScoGraph.GraphQL.DataLoader;

/// <summary>
/// A loader whose data source answers a batch of keys with any number of values per key (keys → lookup),
/// e.g. all children of each parent. A key with no values loads as an empty list.
/// </summary>
public sealed class GroupDataLoader<TKey, TValue> : DataLoaderBase<TKey, IReadOnlyList<TValue>> where TKey : notnull
{
    private readonly Func<IReadOnlyList<TKey>, CancellationToken, Task<ILookup<TKey, TValue>>> _fetch;

    public GroupDataLoader(
        Func<IReadOnlyList<TKey>, CancellationToken, Task<ILookup<TKey, TValue>>> fetch,
        CancellationToken cancellationToken = default,
        int maxBatchSize = 0,
        IEqualityComparer<TKey>? keyComparer = null)
        : base(cancellationToken, maxBatchSize, keyComparer)
    {
        _fetch = fetch;
    }

    protected override async Task<Func<TKey, IReadOnlyList<TValue>>> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    {
        var groups = await _fetch(keys, cancellationToken) ?? throw new InvalidOperationException("The group data loader's fetch returned null instead of a lookup.");
        return key => groups.Contains(key) ? groups[key].ToArray() : [];
    }
}
