using System.Globalization;
using System.Text;
using ScoGraph.Domain.Import.Bulk;

namespace ScoGraph.Storage.Sqlite.Tests;

/// <summary>
/// <see cref="BulkImportOptions.WriteWhileChecking"/>: batches that refer only back are written during the first read.
/// Whatever the input, the store and every report end up exactly as with two reads; only the check's total comes later.
/// </summary>
public sealed class WriteWhileCheckingSpecs(TempDatabaseFolder folder) : IClassFixture<TempDatabaseFolder>
{
    private const string Checked = "checked";

    [Fact]
    public async Task An_input_in_dependency_order_is_written_while_it_is_read_and_ends_as_with_two_reads()
    {
        // More lines than the first read takes in at once, so writes really run beside the reading.
        var text = Lines(Enumerable.Range(0, 2_400).SelectMany(Block));
        var options = new BulkImportOptions { BatchSize = 1_000 };

        var (twoReads, streamed) = await ImportBothWaysAsync(text, options);

        Assert.Equal(Checked, twoReads.Events[0]);
        // All twelve batches were handed on during the first read; eleven were reported before it ended (the twelfth
        // was still being written: a batch is reported once the next one is ready).
        Assert.Equal(11, streamed.Events.IndexOf(Checked));
        Assert.Equal(12, streamed.Events.Count(e => e.Contains("Committed", StringComparison.Ordinal)));
        Assert.Equal(12_000, streamed.Summary.Created);
        AssertSameOutcome(twoReads, streamed);
    }

    [Fact]
    public async Task The_first_batch_that_refers_forward_leaves_it_and_the_rest_to_the_second_read()
    {
        var blocks = Enumerable.Range(0, 1_000).SelectMany(Block).ToList();
        // Line 2,505 (batch 6 of 500 lines) names an official defined on line 4,002 (batch 9): batches 6 to 9 are one.
        // (Lines replaced are tenures, which nothing refers to.)
        blocks[2_504] = """{"type":"tenure","id":"tied","official":"early","post":"post-800","start":"2001","sources":["src-800"]}""";
        blocks.Insert(4_001, """{"type":"official","id":"early","name":"Early","sources":["src-800"]}""");
        var text = Lines(blocks);
        var options = new BulkImportOptions { BatchSize = 500 };

        var (twoReads, streamed) = await ImportBothWaysAsync(text, options);

        // Batches 1 to 5 were handed on during the first read (1 to 4 reported before it ended, 5 still being
        // written); the joined group and the rest came from the second read.
        Assert.Equal(4, streamed.Events.IndexOf(Checked));
        Assert.Contains(streamed.Events, e => e.StartsWith("6: lines 2501-4500", StringComparison.Ordinal));
        Assert.Equal(0, streamed.Summary.ErrorCount);
        AssertSameOutcome(twoReads, streamed);
    }

    [Theory]
    [InlineData(ImportMode.StopOnError, false)]
    [InlineData(ImportMode.ContinueOnError, false)]
    [InlineData(ImportMode.ContinueOnError, true)]
    public async Task Problems_anywhere_are_reported_and_decided_the_same_way(ImportMode mode, bool dryRun)
    {
        var blocks = Enumerable.Range(0, 1_400).SelectMany(Block).ToList();
        // Lines replaced are tenures, which nothing refers to.
        blocks[1_204] = """{"type":"source","id":"broken","title":"Cut short""";                     // batch 3: syntax
        blocks[1_209] = """{"type":"official","id":"in-rejected","name":"Rejected","sources":["src-0"]}""";
        blocks[2_604] = """{"type":"tenure","id":"needs-rejected","official":"in-rejected","post":"post-1","start":"2001","sources":["src-1"]}"""; // batch 6
        blocks[3_104] = """{"type":"source","id":"src-3","title":"Defined twice"}""";              // batch 7: duplicate
        blocks[5_604] = """{"type":"tenure","id":"bad-date","official":"off-1","post":"post-1","start":"2001-13","sources":["src-1"]}"""; // batch 12
        var text = Lines(blocks);
        var options = new BulkImportOptions { BatchSize = 500, Mode = mode, DryRun = dryRun };

        var (twoReads, streamed) = await ImportBothWaysAsync(text, options);

        Assert.Equal(4, twoReads.Summary.ErrorCount);
        Assert.Equal(4, twoReads.Summary.RejectedBatches);
        AssertSameOutcome(twoReads, streamed);
    }

    [Fact]
    public async Task A_reference_to_what_the_store_already_holds_leaves_the_rest_to_the_second_read()
    {
        var seed = Lines(Block(9_999));
        var text = Lines(Enumerable.Range(0, 300).SelectMany(Block)
            .Append("""{"type":"tenure","id":"later","official":"off-9999","post":"post-9999","start":"2020","sources":["src-9999"]}""")
            .Concat(Enumerable.Range(300, 300).SelectMany(Block)));
        var options = new BulkImportOptions { BatchSize = 400 };

        var (twoReads, streamed) = await ImportBothWaysAsync(text, options, seed);

        // Batches 1 to 3 were handed on during the first read (the third still being written when it ended).
        Assert.Equal(2, streamed.Events.IndexOf(Checked));
        Assert.Equal(0, streamed.Summary.ErrorCount);
        Assert.Equal(3_001, streamed.Summary.Created);
        AssertSameOutcome(twoReads, streamed);
    }

    private sealed record Run(string Path, BulkImportSummary Summary, List<string> Events);

    private async Task<(Run TwoReads, Run Streamed)> ImportBothWaysAsync(string text, BulkImportOptions options, string? seed = null) =>
        (await ImportAsync(text, options with { WriteWhileChecking = false }, seed),
         await ImportAsync(text, options with { WriteWhileChecking = true }, seed));

    private async Task<Run> ImportAsync(string text, BulkImportOptions options, string? seed)
    {
        var path = folder.NextFile();
        await using var store = await SqliteTimelineStore.OpenAsync(path);
        if (seed is not null)
        {
            await using var seedInput = ImportInput.FromText(seed);
            Assert.True((await new BulkImporter(store, new BulkImportOptions()).ImportAsync(seedInput, CancellationToken.None)).Succeeded);
        }
        var events = new List<string>();
        var importer = new BulkImporter(store, options)
        {
            OnChecked = (_, _, _) => { events.Add(Checked); return ValueTask.CompletedTask; },
            OnBatch = (batch, _) => { events.Add(Describe(batch)); return ValueTask.CompletedTask; },
        };
        await using var input = ImportInput.FromText(text);
        var summary = await importer.ImportAsync(input, CancellationToken.None);
        return new Run(path, summary, events);
    }

    private static void AssertSameOutcome(Run twoReads, Run streamed)
    {
        Assert.Equal(Describe(twoReads.Summary), Describe(streamed.Summary));
        Assert.Equal(twoReads.Events.Where(e => e != Checked), streamed.Events.Where(e => e != Checked));
        Assert.Single(streamed.Events, Checked);
        foreach (var table in StoreTables.Queries)
            Assert.Equal(StoreTables.Rows(twoReads.Path, table), StoreTables.Rows(streamed.Path, table));
    }

    private static string Describe(BatchReport b) => string.Create(CultureInfo.InvariantCulture,
        $"{b.Number}: lines {b.FirstLine}-{b.LastLine} ({b.Lines}, {b.JoinedBatches} joined) {b.Status} created {b.Created} updated {b.Updated} unchanged {b.Unchanged} facts {b.Facts} [{string.Join("; ", b.Errors)}]");

    private static string Describe(BulkImportSummary s) => string.Create(CultureInfo.InvariantCulture,
        $"{s.Lines} lines, {s.Batches} batches ({s.CommittedBatches} committed, {s.RejectedBatches} rejected), created {s.Created} updated {s.Updated} unchanged {s.Unchanged}, rejected {s.RejectedLines} skipped {s.SkippedLines}, {s.ErrorCount} problems [{string.Join("; ", s.Errors)}], facts {s.Facts}, stopped {s.StoppedForShutdown}");

    /// <summary>Five lines, each referring only to the ones before it (the order a careful exporter writes).</summary>
    private static IEnumerable<string> Block(int i) =>
    [
        $$"""{"type":"source","id":"src-{{i}}","title":"Source {{i}}"}""",
        $$"""{"type":"official","id":"off-{{i}}","name":"Official {{i}}","sources":["src-{{i}}"]}""",
        $$"""{"type":"organization","id":"org-{{i}}","name":"Organization {{i}}","sources":["src-{{i}}"]}""",
        $$"""{"type":"post","id":"post-{{i}}","title":"Chair {{i}}","organization":"org-{{i}}","sources":["src-{{i}}"]}""",
        $$"""{"type":"tenure","id":"ten-{{i}}","official":"off-{{i}}","post":"post-{{i}}","start":"{{2000 + i % 20}}","sources":["src-{{i}}"]}""",
    ];

    private static string Lines(IEnumerable<string> lines) => new StringBuilder().AppendJoin('\n', lines).Append('\n').ToString();
}
