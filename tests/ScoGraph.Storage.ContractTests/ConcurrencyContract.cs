using ScoGraph.Domain.Model;
using ScoGraph.Domain.Ports;
using static ScoGraph.Storage.ContractTests.Samples;

namespace ScoGraph.Storage.ContractTests;

/// <summary>Readers keep working while batches are written, and see each batch entirely or not at all.</summary>
public abstract class ConcurrencyContract : StoreContract
{
    private const int Batches = 8;
    private const int PerBatch = 400;

    private static string[] IdsOf(int batch) => Enumerable.Range(0, PerBatch).Select(i => $"b{batch}-src-{i:D4}").ToArray();

    [Fact]
    public async Task Concurrent_readers_see_each_batch_entirely_or_not_at_all()
    {
        var store = await StoreWithAsync(Basics());
        using var done = new CancellationTokenSource();
        var reads = 0;
        var partial = new List<string>();

        async Task Reader()
        {
            var random = new Random();
            while (!done.IsCancellationRequested)
            {
                var batch = random.Next(Batches);
                var loaded = await store.LoadEntitiesAsync(IdsOf(batch), null, None);
                var facts = await store.LoadFactsAsync(new FactQuery(IdsOf(batch), Predicates: ["title"]), None);
                if (loaded.Count is not (0 or PerBatch) || facts.Count is not (0 or PerBatch))
                    lock (partial) partial.Add($"batch {batch}: {loaded.Count} entities, {facts.Count} facts");
                Interlocked.Increment(ref reads);
            }
        }

        var readers = Enumerable.Range(0, 4).Select(_ => Task.Run(Reader)).ToArray();
        for (var b = 0; b < Batches; b++)
        {
            var sources = IdsOf(b).Select(id => (Entity)Source(id, $"title of {id}")).ToArray();
            await Task.Run(() => store.WriteAsync(Batch.Upserting(sources), None));
        }
        await Task.Delay(50);
        done.Cancel();
        await Task.WhenAll(readers);

        Assert.Empty(partial);
        Assert.True(reads > 0, "the readers never got a turn");
        Assert.Equal(Batches * PerBatch, (await store.FindEntitiesAsync(
            new EntityQuery(EntityKind.Source, Page: new PageRequest(First: 1), IncludeTotalCount: true), None)).TotalCount - 2);
    }

    [Fact]
    public async Task Many_readers_at_once_get_the_same_answers()
    {
        var store = await StoreWithAsync([.. WithSecretariat(), Tenure("rashid-alimov", "2016", "2018")]);
        var query = new FactQuery(["rashid-alimov", "sco", "IND"], AsOf: new DateOnly(2017, 1, 1));
        var expected = (await store.LoadFactsAsync(query, None)).Select(f => (f.Fact.ItemId, f.Fact.Predicate, f.Certainty)).ToArray();

        var answers = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => store.LoadFactsAsync(query, None))));

        Assert.All(answers, a => Assert.Equal(expected, a.Select(f => (f.Fact.ItemId, f.Fact.Predicate, f.Certainty))));
    }

    [Fact]
    public async Task Concurrent_writers_are_serialized_and_none_is_lost()
    {
        var store = await StoreWithAsync(Basics());
        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(w => Task.Run(() =>
            store.WriteAsync(Batch.Upserting(Enumerable.Range(0, 50).Select(i => (Entity)Source($"w{w}-{i}")).ToArray()), None))));

        Assert.Equal(6, results.Select(r => r.RecordedAt).Distinct().Count());
        var all = await store.FindEntitiesAsync(new EntityQuery(EntityKind.Source, Page: new PageRequest(First: 1), IncludeTotalCount: true), None);
        Assert.Equal(6 * 50 + 2, all.TotalCount);
    }
}
