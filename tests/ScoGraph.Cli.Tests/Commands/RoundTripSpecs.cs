using Microsoft.Extensions.Logging.Abstractions;
using ScoGraph.Api.Hosting;
using ScoGraph.Cli.Tests.Support;
using ScoGraph.Storage.Sqlite;

namespace ScoGraph.Cli.Tests.Commands;

public sealed class RoundTripSpecs
{
    [Fact]
    public async Task Exporting_the_seeded_store_importing_it_into_an_empty_store_and_exporting_again_gives_the_same_bytes()
    {
        using var temp = new TempFolder();
        var seeded = temp.File("seeded.db");
        await using (var store = await SqliteTimelineStore.OpenAsync(seeded))
            Assert.True((await DatasetSync.SyncAsync(store, ShippedDataset.Embedded(), NullLogger.Instance, CancellationToken.None)).Created > 400);

        var first = await CliRun.RunAsync("export", "--sqlite", seeded, "-o", temp.File("first.jsonl"));
        Assert.True(first.ExitCode == 0, first.ToString());
        // Small batches, so the organizations' forward references to parents (ordered by id) cross batch boundaries.
        var import = await CliRun.RunAsync("import", "--sqlite", temp.File("copy.db"), "--batch-size", "7", temp.File("first.jsonl"));
        Assert.True(import.ExitCode == 0, import.ToString());
        var second = await CliRun.RunAsync("export", "--sqlite", temp.File("copy.db"));
        Assert.Equal(0, second.ExitCode);

        var firstBytes = await File.ReadAllBytesAsync(temp.File("first.jsonl"));
        Assert.Equal(firstBytes, System.Text.Encoding.UTF8.GetBytes(second.Out));
        Assert.Equal(await StoreProbe.CountAsync(seeded), File.ReadAllLines(temp.File("first.jsonl")).Length);
    }

    [Fact]
    public async Task Export_is_in_the_import_format_with_sources_first_and_claims_last()
    {
        using var temp = new TempFolder();
        var run = await CliRun.RunAsync(["import", "--sqlite", temp.File("s.db"), .. Repository.DatasetFiles]);
        Assert.Equal(0, run.ExitCode);

        var export = await CliRun.RunAsync("export", "--sqlite", temp.File("s.db"));
        var lines = export.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("{\"type\":\"source\"", lines[0]);
        Assert.StartsWith("{\"type\":\"claim\"", lines[^1]);
        Assert.Contains(lines, l => l.Contains("\"fromStatus\":\"OBSERVER\",\"toStatus\":\"MEMBER\""));
        Assert.DoesNotContain(lines, l => l.Contains("\"NONE\""));

        var states = await CliRun.RunAsync("export", "--sqlite", temp.File("s.db"), "--kinds", "state");
        Assert.All(states.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => Assert.StartsWith("{\"type\":\"state\"", l));
    }

    [Fact]
    public async Task Export_as_of_a_date_leaves_out_what_had_not_happened_yet()
    {
        using var temp = new TempFolder();
        await CliRun.RunAsync(["import", "--sqlite", temp.File("s.db"), .. Repository.DatasetFiles]);

        var export = await CliRun.RunAsync("export", "--sqlite", temp.File("s.db"), "--as-of", "2001-12-31", "--kinds", "meeting");

        Assert.Contains("\"id\":\"2001-shanghai-summit\"", export.Out);
        Assert.DoesNotContain("\"id\":\"2017-astana-summit\"", export.Out);
    }
}
