using ScoGraph.Domain.Model;
using ScoGraph.Domain.Ports;

namespace ScoGraph.Storage.ContractTests;

/// <summary>
/// The base of every contract class: each adapter's test project derives from the contract classes and says how
/// to make a fresh, empty store. Every test gets its own store, so tests never see each other's data.
/// </summary>
public abstract class StoreContract : IAsyncLifetime
{
    private readonly List<ITimelineStore> _stores = [];

    /// <summary>A new, empty store (for SQLite: a new file). Called once or more per test.</summary>
    protected abstract Task<ITimelineStore> CreateStoreAsync();

    protected static CancellationToken None => CancellationToken.None;

    protected async Task<ITimelineStore> NewStoreAsync()
    {
        var store = await CreateStoreAsync();
        _stores.Add(store);
        return store;
    }

    /// <summary>A fresh store holding the given entities (one batch).</summary>
    protected async Task<ITimelineStore> StoreWithAsync(params Entity[] entities)
    {
        var store = await NewStoreAsync();
        if (entities.Length > 0) await store.WriteAsync(Batch.Upserting(entities), None);
        return store;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var store in _stores)
        {
            switch (store)
            {
                case IAsyncDisposable asyncDisposable: await asyncDisposable.DisposeAsync(); break;
                case IDisposable disposable: disposable.Dispose(); break;
            }
        }
    }
}
