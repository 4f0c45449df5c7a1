using ScoGraph.Domain.Model;
using ScoGraph.Domain.Ports;
using static ScoGraph.Storage.ContractTests.Samples;

namespace ScoGraph.Storage.ContractTests;

/// <summary>
/// Bitemporality: reading "as known at T" returns exactly what a reader at T saw, through corrections and
/// retractions; nothing is lost.
/// </summary>
public abstract class KnowledgeTimeContract : StoreContract
{
    [ContractFact]
    public async Task Reading_as_known_at_each_moment_returns_what_a_reader_saw_then()
    {
        var store = await StoreWithAsync(WithSecretariat());
        var created = await store.WriteAsync(Batch.Upserting(Tenure("rashid-alimov", "2015", "2018")), None);
        var corrected = await store.WriteAsync(Batch.Upserting(Tenure("rashid-alimov", "2016", "2018")), None);
        var retracted = await store.WriteAsync(Batch.Retracting("rashid-alimov-sg", "wrong official"), None);

        async Task<string?> StartKnownAt(DateTimeOffset? t) =>
            (await store.LoadEntitiesAsync(["rashid-alimov-sg"], t, None)).TryGetValue("rashid-alimov-sg", out var v)
                ? ((Tenure)v.Item).Period.Start.ToString() : null;

        Assert.Null(await StartKnownAt(created.RecordedAt.AddTicks(-1)));
        Assert.Equal("2015", await StartKnownAt(created.RecordedAt));
        Assert.Equal("2015", await StartKnownAt(corrected.RecordedAt.AddTicks(-1)));
        Assert.Equal("2016", await StartKnownAt(corrected.RecordedAt));
        Assert.Equal("2016", await StartKnownAt(retracted.RecordedAt.AddTicks(-1)));
        Assert.Null(await StartKnownAt(retracted.RecordedAt));
        Assert.Null(await StartKnownAt(null));
        var history = await store.HistoryAsync("rashid-alimov-sg", None);
        Assert.Equal([1, 2], history.Select(v => v.Version.Revision));
        Assert.Equal("wrong official", history[^1].Version.RetractionReason);
    }

    [ContractFact]
    public async Task Facts_follow_the_knowledge_time_of_the_version_that_states_them()
    {
        var store = await StoreWithAsync(WithSecretariat());
        var first = await store.WriteAsync(Batch.Upserting(Tenure("rashid-alimov", "2015", "2018")), None);
        var second = await store.WriteAsync(Batch.Upserting(Tenure("rashid-alimov", "2016", "2018")), None);
        var day = new DateOnly(2015, 6, 1);

        var before = await store.LoadFactsAsync(new FactQuery(["rashid-alimov"], Predicates: ["holdsPost"], AsOf: day, KnownAt: first.RecordedAt), None);
        var after = await store.LoadFactsAsync(new FactQuery(["rashid-alimov"], Predicates: ["holdsPost"], AsOf: day), None);
        var atSecond = await store.LoadFactsAsync(new FactQuery(["rashid-alimov"], Predicates: ["holdsPost"], KnownAt: second.RecordedAt), None);

        var seen = Assert.Single(before);
        Assert.Equal(1, seen.Version.Revision);
        Assert.Equal(second.RecordedAt, seen.Version.RetractedAt);
        Assert.Equal("superseded by revision 2", seen.Version.RetractionReason);
        Assert.Empty(after);
        Assert.Equal(2, Assert.Single(atSecond).Version.Revision);
        Assert.Equal(1, atSecond[0].Version.Supersedes);
    }

    [ContractFact]
    public async Task Lists_and_searches_read_the_past_too()
    {
        var store = await StoreWithAsync(WithSecretariat());
        var added = await store.WriteAsync(Batch.Upserting(Official("zhang-ming", "Zhang Ming", "KAZ")), None);
        await store.WriteAsync(Batch.Retracting("zhang-ming", "test"), None);

        var before = await store.FindEntitiesAsync(new EntityQuery(EntityKind.Official, KnownAt: added.RecordedAt.AddTicks(-1)), None);
        var then = await store.FindEntitiesAsync(new EntityQuery(EntityKind.Official, KnownAt: added.RecordedAt), None);
        var now = await store.FindEntitiesAsync(new EntityQuery(EntityKind.Official), None);

        Assert.DoesNotContain("zhang-ming", before.Items.Select(i => i.Node.Item.Id));
        Assert.Contains("zhang-ming", then.Items.Select(i => i.Node.Item.Id));
        Assert.DoesNotContain("zhang-ming", now.Items.Select(i => i.Node.Item.Id));
        Assert.Empty(await store.SearchAsync(new SearchQuery("zhang"), None));
        Assert.Single(await store.SearchAsync(new SearchQuery("zhang", KnownAt: added.RecordedAt), None));
    }

    [ContractFact]
    public async Task A_moment_before_anything_was_written_sees_an_empty_graph()
    {
        var store = await StoreWithAsync(WithSecretariat());
        var past = DateTimeOffset.UtcNow.AddYears(-1);
        Assert.Empty(await store.LoadEntitiesAsync(["IND", "sco"], past, None));
        Assert.Empty(await store.LoadFactsAsync(new FactQuery(["IND"], KnownAt: past), None));
        Assert.Empty((await store.FindEntitiesAsync(new EntityQuery(EntityKind.State, KnownAt: past), None)).Items);
    }
}
