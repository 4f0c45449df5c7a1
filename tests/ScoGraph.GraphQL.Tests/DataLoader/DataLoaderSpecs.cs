using ScoGraph.GraphQL.DataLoader;

namespace ScoGraph.GraphQL.Tests.DataLoader;

public class DataLoaderSpecs
{
    private sealed class CountingSource
    {
        private readonly Dictionary<int, string> _rows = Enumerable.Range(1, 200).ToDictionary(i => i, i => $"row {i}");
        public List<IReadOnlyList<int>> Calls { get; } = [];

        public Task<IReadOnlyDictionary<int, string>> FetchAsync(IReadOnlyList<int> keys, CancellationToken ct)
        {
            Calls.Add(keys);
            IReadOnlyDictionary<int, string> found = keys.Where(_rows.ContainsKey).ToDictionary(k => k, k => _rows[k]);
            return Task.FromResult(found);
        }
    }

    [Fact]
    public async Task Keys_requested_before_a_dispatch_are_fetched_in_one_call()
    {
        var source = new CountingSource();
        var loader = new BatchDataLoader<int, string>(source.FetchAsync);
        var loads = Enumerable.Range(1, 50).Select(loader.LoadAsync).ToArray();

        Assert.All(loads, t => Assert.False(t.IsCompleted));
        loader.Dispatch();
        var values = await Task.WhenAll(loads);

        Assert.Single(source.Calls);
        Assert.Equal(50, source.Calls[0].Count);
        Assert.Equal("row 7", values[6]);
    }

    [Fact]
    public async Task A_key_is_fetched_once_per_loader_and_then_served_from_the_cache()
    {
        var source = new CountingSource();
        var loader = new BatchDataLoader<int, string>(source.FetchAsync);
        var first = loader.LoadAsync(3);
        var again = loader.LoadAsync(3);
        loader.Dispatch();
        await first;
        var later = await loader.LoadAsync(3);

        Assert.Same(first, again);
        Assert.Equal("row 3", later);
        Assert.Single(source.Calls);
        Assert.Equal([3], source.Calls[0]);
    }

    [Fact]
    public async Task A_key_the_source_does_not_know_loads_as_null()
    {
        var loader = new BatchDataLoader<int, string>(new CountingSource().FetchAsync);
        var missing = loader.LoadAsync(999);
        loader.Dispatch();
        Assert.Null(await missing);
    }

    [Fact]
    public async Task Batches_are_split_by_the_maximum_batch_size()
    {
        var source = new CountingSource();
        var loader = new BatchDataLoader<int, string>(source.FetchAsync, maxBatchSize: 20);
        var loads = Enumerable.Range(1, 45).Select(loader.LoadAsync).ToArray();
        loader.Dispatch();
        await Task.WhenAll(loads);

        Assert.Equal([20, 20, 5], source.Calls.Select(c => c.Count));
    }

    [Fact]
    public async Task A_failing_source_fails_every_waiting_key_with_its_message()
    {
        var loader = new BatchDataLoader<int, string>((_, _) => throw new InvalidOperationException("store is down"));
        var a = loader.LoadAsync(1);
        var b = loader.LoadAsync(2);
        loader.Dispatch();

        Assert.Equal("store is down", (await Assert.ThrowsAsync<InvalidOperationException>(() => a)).Message);
        Assert.Equal("store is down", (await Assert.ThrowsAsync<InvalidOperationException>(() => b)).Message);
    }

    [Fact]
    public async Task A_group_loader_returns_every_value_of_a_key_and_an_empty_list_for_none()
    {
        var calls = 0;
        (int Parent, string Name)[] children = [(1, "a"), (1, "b"), (2, "c")];
        var loader = new GroupDataLoader<int, string>((keys, _) =>
        {
            calls++;
            return Task.FromResult(children.Where(c => keys.Contains(c.Parent)).ToLookup(c => c.Parent, c => c.Name));
        });
        var one = loader.LoadAsync(1);
        var two = loader.LoadAsync(2);
        var three = loader.LoadAsync(3);
        loader.Dispatch();

        Assert.Equal(["a", "b"], await one);
        Assert.Equal(["c"], await two);
        Assert.Empty(await three);
        Assert.Equal(1, calls);
    }

    [Fact]
    public void A_scope_hands_out_one_loader_per_name_and_refuses_a_different_kind_under_the_same_name()
    {
        var scope = new DataLoaderScope();
        var source = new CountingSource();
        var first = scope.Batch<int, string>("rows", source.FetchAsync);
        var second = scope.Batch<int, string>("rows", source.FetchAsync);

        Assert.Same(first, second);
        var error = Assert.Throws<InvalidOperationException>(() =>
            scope.Group<int, string>("rows", (_, _) => Task.FromResult(Array.Empty<string>().ToLookup(s => 0))));
        Assert.Contains("\"rows\"", error.Message);
    }

    [Fact]
    public async Task A_scope_dispatches_only_loaders_with_waiting_keys()
    {
        var scope = new DataLoaderScope();
        var source = new CountingSource();
        var loader = scope.Batch<int, string>("rows", source.FetchAsync);

        Assert.False(scope.DispatchPending());
        var load = loader.LoadAsync(5);
        Assert.True(scope.DispatchPending());
        Assert.Equal("row 5", await load);
        Assert.False(scope.DispatchPending());
        Assert.Single(source.Calls);
    }

    [Fact]
    public async Task Primed_values_are_served_without_a_fetch()
    {
        var source = new CountingSource();
        var loader = new BatchDataLoader<int, string>(source.FetchAsync);
        loader.Prime(8, "fresh");
        Assert.Equal("fresh", await loader.LoadAsync(8));
        Assert.Empty(source.Calls);
    }
}
