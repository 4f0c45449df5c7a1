using Microsoft.Extensions.Logging.Abstractions;
using ScoGraph.Api.Hosting;
using ScoGraph.Api.Tests.Hosting;
using ScoGraph.Api.Tests.Support;
using ScoGraph.Domain.Model;
using ScoGraph.Domain.Ports;
using ScoGraph.Storage.Sqlite;

namespace ScoGraph.Api.Tests.Dataset;

/// <summary>
/// The shipped dataset reaches stores that already hold data: a new version is imported, what it no longer contains
/// is retracted (only what the dataset wrote), what people wrote is kept, and the store records the version.
/// Real SQLite files; small datasets made here stand in for two releases of the shipped one.
/// </summary>
public sealed class DatasetSyncSpecs : IDisposable
{
    private const string SourceA = """{"type":"source","id":"src-a","title":"Source A"}""";
    private const string Aland = """{"type":"state","id":"AAA","name":"Aland","iso3":"AAA","sources":["src-a"]}""";
    private const string Bland = """{"type":"state","id":"BBB","name":"Bland","iso3":"BBB","sources":["src-a"]}""";
    private const string Cland = """{"type":"state","id":"CCC","name":"Cland","iso3":"CCC","sources":["src-a"]}""";

    private readonly TempFolder _folder = new();

    private static ShippedDataset Release(params string[] lines) => ShippedDataset.From([("01-data.jsonl", string.Join("\n", lines))]);

    private Task<SqliteTimelineStore> OpenAsync(string name = "scograph.db") => SqliteTimelineStore.OpenAsync(_folder.File(name));

    private static Task<DatasetSyncReport> SyncAsync(ITimelineStore store, ShippedDataset dataset) =>
        DatasetSync.SyncAsync(store, dataset, NullLogger.Instance, CancellationToken.None);

    [Fact]
    public async Task A_new_store_gets_the_dataset_and_the_same_version_is_not_loaded_again()
    {
        await using var store = await OpenAsync();
        var release = Release(SourceA, Aland);

        var first = await SyncAsync(store, release);
        var second = await SyncAsync(store, release);

        Assert.True(first.Loaded);
        Assert.Equal(2, first.Created);
        Assert.Null(first.Previous);
        Assert.False(second.Loaded);
        Assert.Equal(release.Version, await DatasetMarker.ReadAsync(store, CancellationToken.None));
        var aland = Assert.Single(await store.HistoryAsync("AAA", CancellationToken.None));
        Assert.Equal(DatasetSync.Writer, aland.Version.RecordedBy);
    }

    [Fact]
    public async Task A_new_release_updates_changed_items_and_retracts_what_it_no_longer_contains_with_a_reason()
    {
        await using var store = await OpenAsync();
        var old = Release(SourceA, Aland, Bland);
        await SyncAsync(store, old);
        var corrected = Release(SourceA, Aland.Replace("Aland", "Åland"), Cland);

        var report = await SyncAsync(store, corrected);

        Assert.Equal(old.Version, report.Previous);
        Assert.Equal((1, 1), (report.Created, report.Updated));
        Assert.Equal(["BBB"], report.Retracted);
        var current = await store.LoadEntitiesAsync(["AAA", "BBB", "CCC"], null, CancellationToken.None);
        Assert.Equal("Åland", ((State)current["AAA"].Item).Name);
        Assert.False(current.ContainsKey("BBB"));
        var bland = Assert.Single(await store.HistoryAsync("BBB", CancellationToken.None));
        Assert.Equal($"no longer in the shipped dataset ({corrected.Version})", bland.Version.RetractionReason);
        Assert.Equal(DatasetSync.Writer, bland.Version.RetractedBy);
        Assert.Equal(corrected.Version, await DatasetMarker.ReadAsync(store, CancellationToken.None));
    }

    [Fact]
    public async Task What_people_wrote_or_retracted_is_kept_and_never_retracted_by_a_release()
    {
        await using var store = await OpenAsync();
        await SyncAsync(store, Release(SourceA, Aland, Bland, Cland));
        var people = new WriteBatch(
        [
            new Upsert(new State { Id = "AAA", Name = "Aland (edited)", Iso3 = "AAA", Sources = [new SourceRef("src-a")] }),
            new Upsert(new State { Id = "DDD", Name = "Dland", Iso3 = "DDD", Sources = [new SourceRef("src-a")] }),
            new Retract("BBB", "not a state"),
        ], "newsroom");
        await store.WriteAsync(people, CancellationToken.None);

        // The next release changes all three dataset items and drops none of them... except that DDD never was its.
        var report = await SyncAsync(store, Release(SourceA, Aland.Replace("Aland", "Aland2"), Bland.Replace("Bland", "Bland2"), Cland.Replace("Cland", "Cland2")));

        Assert.Equal(["AAA", "BBB"], report.KeptForPeople.Order());
        Assert.Empty(report.Retracted);
        var current = await store.LoadEntitiesAsync(["AAA", "BBB", "CCC", "DDD"], null, CancellationToken.None);
        Assert.Equal("Aland (edited)", ((State)current["AAA"].Item).Name);
        Assert.False(current.ContainsKey("BBB"));
        Assert.Equal("Cland2", ((State)current["CCC"].Item).Name);
        Assert.Equal("newsroom", current["DDD"].Version.RecordedBy);
    }

    [Fact]
    public async Task A_store_loaded_before_writers_were_kept_gets_updates_but_loses_nothing()
    {
        await using var store = await OpenAsync();
        // As an older server left it: the dataset and a user's item, all without a writer, no recorded version.
        await new Domain.Import.Importer(store).ImportAsync(string.Join("\n", SourceA, Aland, Bland), CancellationToken.None);

        var report = await SyncAsync(store, Release(SourceA, Aland.Replace("Aland", "Åland")));

        Assert.Empty(report.Retracted);
        var current = await store.LoadEntitiesAsync(["AAA", "BBB"], null, CancellationToken.None);
        Assert.Equal("Åland", ((State)current["AAA"].Item).Name);
        Assert.True(current.ContainsKey("BBB"));
    }

    [Fact]
    public async Task The_version_record_is_never_current_so_no_read_shows_it()
    {
        await using var store = await OpenAsync();
        var result = await SyncAsync(store, Release(SourceA));

        var sources = await store.FindEntitiesAsync(new EntityQuery(EntityKind.Source), CancellationToken.None);
        Assert.Equal(["src-a"], sources.Items.Select(i => i.Node.Item.Id));
        Assert.Empty(await store.LoadEntitiesAsync([DatasetMarker.Id], null, CancellationToken.None));
        var marker = Assert.Single(await store.HistoryAsync(DatasetMarker.Id, CancellationToken.None));
        Assert.Empty(await store.LoadEntitiesAsync([DatasetMarker.Id], marker.Version.RecordedAt, CancellationToken.None));
        Assert.Equal(result.Version, ((Source)marker.Item).Excerpt);
    }

    [Fact]
    public async Task A_server_started_on_a_store_from_an_older_release_serves_the_shipped_one()
    {
        var path = _folder.File("older.db");
        var shipped = EmbeddedFiles.DatasetFiles();
        // The older release: India under another name, and a state this release no longer ships.
        var older = shipped.Select(f => f.Name == "02-states.jsonl"
            ? (f.Name, f.Text.Replace("\"name\":\"India\"", "\"name\":\"India (old name)\"") + """{"type":"state","id":"ZZZ","name":"Zland","iso3":"ZZZ","sources":["sectsco-about-sco"]}""" + "\n")
            : f).ToArray();
        await using (var store = await SqliteTimelineStore.OpenAsync(path))
            await SyncAsync(store, ShippedDataset.From(older));

        await using var server = await ApiServer.StartAsync(new ApiServerOptions
        {
            Settings = new Dictionary<string, string?> { ["ScoGraph:Sqlite:Path"] = path },
        });

        var data = (await server.QueryAsync("""{ state(iso3: "IND") { name } zzz: history(id: "ZZZ") { retractionReason retractedBy } }""")).Data();
        Assert.Equal("India", data.GetProperty("state").GetProperty("name").GetString());
        var zland = Assert.Single(data.GetProperty("zzz").EnumerateArray());
        Assert.StartsWith("no longer in the shipped dataset (sha256:", zland.GetProperty("retractionReason").GetString());
        Assert.Equal(DatasetSync.Writer, zland.GetProperty("retractedBy").GetString());
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
