using ScoGraph.Domain.Model;
using ScoGraph.Domain.Ports;
using static ScoGraph.Storage.ContractTests.Samples;

namespace ScoGraph.Storage.ContractTests;

/// <summary>Readers keep working while batches are written, and see each batch entirely or not at all.</summary>
public abstract class ConcurrencyContract : StoreContract
{
    private const int MinBatches = 8;
    private const int MaxBatches = 200;
    private const int PerBatch = 400;
    private const int Readers = 4;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60); // turns a hang into a failure; not a time limit

    private static string[] IdsOf(int batch) => Enumerable.Range(0, PerBatch).Select(i => $"b{batch}-src-{i:D4}").ToArray();

    [ContractFact]
    public async Task Concurrent_readers_see_each_batch_entirely_or_not_at_all()
    {
        var store = await StoreWithAsync(Basics());
        using var done = new CancellationTokenSource();
        var readersReady = 0;
        var allReadersReady = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var writesStarted = 0;  // batch n is written by write n (0-based)
        var writesFinished = 0;
        var overlapping = 0;    // reads of the batch in flight, made while it was being written
        var partial = new List<string>();

        async Task Reader()
        {
            var random = new Random();
            var ready = false;
            while (!done.IsCancellationRequested)
            {
                var finishedBefore = Volatile.Read(ref writesFinished);
                // Half the reads target the batch being written (or next): that is where a partial batch would show.
                var batch = random.Next(2) == 0 ? finishedBefore : random.Next(finishedBefore + 1);
                var loaded = await store.LoadEntitiesAsync(IdsOf(batch), null, None);
                var facts = await store.LoadFactsAsync(new FactQuery(IdsOf(batch), Predicates: ["title"]), None);
                var startedAfter = Volatile.Read(ref writesStarted);

                if (loaded.Count is not (0 or PerBatch) || facts.Count is not (0 or PerBatch))
                    lock (partial) partial.Add($"batch {batch}: {loaded.Count} entities, {facts.Count} facts");
                // Write number finishedBefore had not finished before the reads and had started by their end.
                if (batch == finishedBefore && startedAfter > finishedBefore) Interlocked.Increment(ref overlapping);
                if (!ready)
                {
                    ready = true;
                    if (Interlocked.Increment(ref readersReady) == Readers) allReadersReady.TrySetResult();
                }
            }
        }

        var readers = Enumerable.Range(0, Readers).Select(_ => Task.Run(Reader)).ToArray();
        await allReadersReady.Task.WaitAsync(Patience);

        var deadline = DateTime.UtcNow + Patience;
        var written = 0;
        while (written < MinBatches || (Volatile.Read(ref overlapping) == 0 && written < MaxBatches && DateTime.UtcNow < deadline))
        {
            var sources = IdsOf(written).Select(id => (Entity)Source(id, $"title of {id}")).ToArray();
            Interlocked.Increment(ref writesStarted);
            await Task.Run(() => store.WriteAsync(Batch.Upserting(sources), None));
            Interlocked.Increment(ref writesFinished);
            written++;
        }
        done.Cancel();
        await Task.WhenAll(readers).WaitAsync(Patience);

        Assert.Empty(partial);
        Assert.True(overlapping > 0, $"no read overlapped any of {written} writes, so atomicity was never put to the test");
        Assert.Equal(written * PerBatch, (await store.FindEntitiesAsync(
            new EntityQuery(EntityKind.Source, Page: new PageRequest(First: 1), IncludeTotalCount: true), None)).TotalCount - 2);
    }

    [ContractFact]
    public async Task Many_readers_at_once_get_the_same_answers()
    {
        var store = await StoreWithAsync([.. WithSecretariat(), Tenure("rashid-alimov", "2016", "2018")]);
        var query = new FactQuery(["rashid-alimov", "sco", "IND"], AsOf: new DateOnly(2017, 1, 1));
        var expected = (await store.LoadFactsAsync(query, None)).Select(f => (f.Fact.ItemId, f.Fact.Predicate, f.Certainty)).ToArray();

        var answers = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => store.LoadFactsAsync(query, None))));

        Assert.All(answers, a => Assert.Equal(expected, a.Select(f => (f.Fact.ItemId, f.Fact.Predicate, f.Certainty))));
    }

    [ContractFact]
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
