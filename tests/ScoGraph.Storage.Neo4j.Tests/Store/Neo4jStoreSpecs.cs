using ScoGraph.Domain.Model;
using ScoGraph.Domain.Ports;
using ScoGraph.Storage.ContractTests;
using ScoGraph.Storage.Neo4j.Http;
using ScoGraph.Storage.Neo4j.Schema;
using ScoGraph.Storage.Neo4j.Tests.Support;
using static ScoGraph.Storage.ContractTests.Samples;
using ScoGraph.Storage.Neo4j.Testing;

namespace ScoGraph.Storage.Neo4j.Tests.Store;

/// <summary>What the contract does not cover: schema at open, several instances on one database, bulk batches.</summary>
[Collection(Neo4jServerCollection.Name)]
public sealed class Neo4jStoreSpecs(Neo4jServerFixture server)
{
    private static CancellationToken None => CancellationToken.None;

    [Neo4jFact]
    public async Task Schema_files_run_once_and_every_index_is_online_after_open()
    {
        await using var store = await Neo4jStores.EmptyAsync(server);
        using var session = new Neo4jHttpSession(server.Options());
        Assert.Empty(await SchemaRunner.ApplyAsync(session, SchemaFiles.Load(), None));
        var applied = await session.QueryAsync(SchemaRunner.Applied, r => r.RequiredString(0), None);
        Assert.Equal(SchemaFiles.Load().Select(f => f.Name), applied.Order(StringComparer.Ordinal));
        var states = await session.QueryAsync(new CypherStatement("SHOW INDEXES YIELD name, state RETURN name, state"),
            r => (r.RequiredString(0), r.RequiredString(1)), None);
        Assert.All(states, s => Assert.Equal("ONLINE", s.Item2));
        Assert.Contains(states, s => s.Item1 == "version_search_names");
    }

    [Neo4jFact]
    public async Task Two_instances_writing_at_once_get_distinct_increasing_times_and_lose_nothing()
    {
        await using var first = await Neo4jStores.EmptyAsync(server);
        await using var second = await Neo4jTimelineStore.OpenAsync(server.Options());
        await first.WriteAsync(Batch.Upserting(Basics()), None);

        var writes = Enumerable.Range(0, 8).Select(w => Task.Run(() => (w % 2 == 0 ? first : second).WriteAsync(
            Batch.Upserting(Enumerable.Range(0, 40).Select(i => (Entity)Source($"w{w}-{i:D2}")).ToArray()), None))).ToArray();
        var results = await Task.WhenAll(writes);

        Assert.Equal(results.Length, results.Select(r => r.RecordedAt).Distinct().Count());
        var all = await second.FindEntitiesAsync(new EntityQuery(EntityKind.Source, Page: new PageRequest(First: 1), IncludeTotalCount: true), None);
        Assert.Equal(8 * 40 + 2, all.TotalCount);
        // Each batch is seen whole by a reader pinned just before and at its time.
        foreach (var (result, w) in results.Select((r, w) => (r, w)))
        {
            var ids = Enumerable.Range(0, 40).Select(i => $"w{w}-{i:D2}").ToArray();
            Assert.Equal(40, (await first.LoadEntitiesAsync(ids, result.RecordedAt, None)).Count);
            Assert.Empty(await second.LoadEntitiesAsync(ids, result.RecordedAt.AddTicks(-1), None));
        }
    }

    [Neo4jFact]
    public async Task A_bulk_batch_is_written_in_chunks_in_one_transaction_and_refreshes_statistics()
    {
        var options = server.Options() with { BatchSize = 500 };
        await Neo4jTestDatabase.WipeAsync(options);
        await using var store = await Neo4jTimelineStore.OpenAsync(options);
        var sources = Enumerable.Range(0, Neo4jTimelineStore.ResampleThreshold + 10).Select(i => (Entity)Source($"bulk-{i:D5}")).ToArray();

        var result = await store.WriteAsync(Batch.Upserting(sources), None);

        Assert.Equal(sources.Length, result.Count(WriteOutcome.Created));
        var page = await store.FindEntitiesAsync(new EntityQuery(EntityKind.Source, Order: new EntityOrder(EntityOrderField.Id, SortDirection.Descending),
            Page: new PageRequest(First: 2), IncludeTotalCount: true), None);
        Assert.Equal(sources.Length, page.TotalCount);
        Assert.Equal([sources[^1].Id, sources[^2].Id], page.Items.Select(i => i.Node.Item.Id));
    }

    [Neo4jFact]
    public async Task A_period_filter_with_one_open_end_seeks_either_period_index()
    {
        await using var store = await Neo4jStores.EmptyAsync(server);
        await store.WriteAsync(Batch.Upserting([.. Basics(),
            Summit("2017-astana-summit", "Astana summit", "2017-06-08", "2017-06-09"),
            Summit("2024-astana-summit", "Astana summit 2024", "2024-07-04")]), None);

        async Task<string[]> Meetings(EntityFilter filter) => (await store.FindEntitiesAsync(new EntityQuery(EntityKind.Meeting, filter), None))
            .Items.Select(i => i.Node.Item.Id).ToArray();

        Assert.Equal(["2017-astana-summit"], await Meetings(new EntityFilter(To: new DateOnly(2017, 6, 8))));
        Assert.Equal(["2024-astana-summit"], await Meetings(new EntityFilter(From: new DateOnly(2017, 6, 10))));
        Assert.Equal(["2017-astana-summit", "2024-astana-summit"], await Meetings(new EntityFilter(From: new DateOnly(2017, 6, 9))));
    }

    [Neo4jFact]
    public async Task A_rejected_batch_leaves_the_clock_and_the_graph_as_they_were()
    {
        await using var store = await Neo4jStores.EmptyAsync(server);
        var before = await store.WriteAsync(Batch.Upserting(Basics()), None);
        await Assert.ThrowsAsync<WriteRejectedException>(() => store.WriteAsync(Batch.Upserting(Tenure("nobody", "2001", null)), None));
        var after = await store.WriteAsync(Batch.Upserting(Source("src-late")), None);
        Assert.True(after.RecordedAt > before.RecordedAt);
        Assert.Empty(await store.HistoryAsync("nobody-sg", None));
    }
}
