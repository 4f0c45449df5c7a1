using ScoGraph.Cli.Tests.Support;
using ScoGraph.Domain.Model;
using ScoGraph.Storage.Sqlite;

namespace ScoGraph.Cli.Tests.Commands;

public sealed class ImportSemanticsSpecs
{
    [Fact]
    public async Task Importing_the_same_input_twice_writes_nothing_the_second_time_and_says_so()
    {
        using var temp = new TempFolder();
        var db = temp.File("s.db");
        var first = await CliRun.RunAsync(["import", "--sqlite", db, .. Repository.DatasetFiles]);
        var second = await CliRun.RunAsync(["import", "--sqlite", db, .. Repository.DatasetFiles]);

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.True(second.ExitCode == 0, second.ToString());
        var lines = Repository.DatasetLines.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Matches($@"created\s+│\s+{lines} ", first.Out);
        Assert.Matches(@"created\s+│\s+0 ", second.Out);
        Assert.Matches($@"unchanged\s+│\s+{lines} ", second.Out);
        Assert.Matches(@"facts\s+│\s+[1-9]", second.Out);
    }

    [Fact]
    public async Task A_changed_line_writes_a_new_version_and_keeps_the_old_one_in_history()
    {
        using var temp = new TempFolder();
        var db = temp.File("s.db");
        var v1 = temp.Write("v1.jsonl", """
            {"type":"source","id":"s","title":"A source"}
            {"type":"state","id":"IND","name":"India","iso3":"IND","sources":["s"]}
            """);
        var v2 = temp.Write("v2.jsonl", """
            {"type":"source","id":"s","title":"A source"}
            {"type":"state","id":"IND","name":"Republic of India","iso3":"IND","sources":["s"]}
            """);
        await CliRun.RunAsync("import", "--sqlite", db, v1);
        var run = await CliRun.RunAsync("import", "--sqlite", db, v2);

        Assert.Matches(@"new versions\s+│\s+1 ", run.Out);
        Assert.Matches(@"unchanged\s+│\s+1 ", run.Out);
        await using var store = await SqliteTimelineStore.OpenAsync(db);
        var history = await store.HistoryAsync("IND", CancellationToken.None);
        Assert.Equal(["India", "Republic of India"], history.Select(v => ((State)v.Item).Name));
    }

    [Fact]
    public async Task References_may_point_forward_to_later_lines_across_batch_boundaries()
    {
        using var temp = new TempFolder();
        // Every line refers to lines below it; with one line per batch each batch needs a later one.
        var file = temp.Write("forward.jsonl", """
            {"type":"tenure","id":"t","official":"o","post":"p","start":"2019","sources":["s"]}
            {"type":"post","id":"p","title":"Chair","organization":"org","sources":["s"]}
            {"type":"official","id":"o","name":"Someone","sources":["s"]}
            {"type":"organization","id":"org","name":"An organization","sources":["s"]}
            {"type":"source","id":"s","title":"A source"}
            {"type":"source","id":"alone","title":"A source on its own batch"}
            """);

        var run = await CliRun.RunAsync("import", "--sqlite", temp.File("s.db"), "--batch-size", "1", file);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(6, await StoreProbe.CountAsync(temp.File("s.db")));
        // The five tied lines commit as one transaction; the last line is a batch of its own.
        Assert.Matches(@"batches committed / rejected\s+│\s+2 / 0", run.Out);
    }

    [Fact]
    public async Task All_or_nothing_writes_nothing_when_one_line_is_bad_and_reports_every_problem_in_one_run()
    {
        using var temp = new TempFolder();
        var file = temp.Write("bad.jsonl", """
            {"type":"source","id":"s","title":"A source"}
            {"type":"state","id":"IND","name":"India","iso3":"IND","sources":["nowhere"]}
            {"type":"state","id":"PAK","name":"Pakistan","iso3":"PAK","sources":["s"
            {"type":"tenure","id":"t","official":"o","post":"p","start":"2019-13"}
            """);

        var run = await CliRun.RunAsync("import", "--sqlite", temp.File("s.db"), "--all-or-nothing", file);

        Assert.Equal(ExitCodes.LinesRejected, run.ExitCode);
        Assert.Contains("line 2: field \"sources[0].id\": refers to", run.Error);
        Assert.Contains("line 3: is not valid JSON", run.Error);
        Assert.Contains("line 4: field \"start\"", run.Error);
        Assert.Equal(0, await StoreProbe.CountAsync(temp.File("s.db")));
    }

    [Fact]
    public async Task By_default_writing_stops_at_the_first_rejected_batch_but_every_problem_is_still_reported()
    {
        using var temp = new TempFolder();
        var file = temp.Write("stop.jsonl", """
            {"type":"source","id":"a","title":"A"}
            {"type":"source","id":"b","title":"B","url":7}
            {"type":"source","id":"c","title":"C"}
            {"type":"source","id":"d","title":"D","language":7}
            """);

        var stop = await CliRun.RunAsync("import", "--sqlite", temp.File("stop.db"), "--batch-size", "1", file);
        var go = await CliRun.RunAsync("import", "--sqlite", temp.File("go.db"), "--batch-size", "1", "--continue-on-error", file);

        Assert.Equal(ExitCodes.LinesRejected, stop.ExitCode);
        Assert.Contains("line 2: field \"url\"", stop.Error);
        Assert.Contains("line 4: field \"language\"", stop.Error);
        Assert.Equal(1, await StoreProbe.CountAsync(temp.File("stop.db")));
        Assert.Equal(ExitCodes.LinesRejected, go.ExitCode);
        Assert.Equal(2, await StoreProbe.CountAsync(temp.File("go.db")));
    }

    [Fact]
    public async Task A_dry_run_and_diff_say_what_would_change_and_write_nothing()
    {
        using var temp = new TempFolder();
        var db = temp.File("s.db");
        await CliRun.RunAsync("import", "--sqlite", db, temp.Write("v1.jsonl", """{"type":"source","id":"s","title":"A"}"""));
        var file = temp.Write("v2.jsonl", """
            {"type":"source","id":"s","title":"A, corrected"}
            {"type":"source","id":"t","title":"New"}
            """);

        var dry = await CliRun.RunAsync("import", "--sqlite", db, "--dry-run", file);
        var diff = await CliRun.RunAsync("diff", "--sqlite", db, file);

        Assert.Equal(0, dry.ExitCode);
        Assert.Matches(@"would create\s+│\s+1 ", dry.Out);
        Assert.Contains("change    s (line 1)", diff.Out);
        Assert.Contains("create    t (line 2)", diff.Out);
        Assert.Contains("1 to create, 1 to change, 0 unchanged", diff.Out);
        Assert.Equal(1, await StoreProbe.CountAsync(db));
    }

    [Fact]
    public async Task Validate_reports_every_problem_offline_with_file_and_line()
    {
        using var temp = new TempFolder();
        var a = temp.Write("a.jsonl", """{"type":"source","id":"s","title":"A"}""" + "\n");
        var b = temp.Write("b.jsonl", """
            {"type":"state","id":"IND","name":"India","iso3":"IND","sources":["s"]}
            {"type":"membershipChange","id":"c","state":"IND","from":"NONE","to":"OBSERVER","effective":"2005"}
            {"type":"meeting","id":"m","title":"M","kind":"HEADS_OF_STATE","start":"2005","participants":[{"entity":"IND","represents":"IND"}]}
            """);

        var run = await CliRun.RunAsync("validate", a, b);

        Assert.Equal(ExitCodes.LinesRejected, run.ExitCode);
        Assert.Contains("b.jsonl:2: unknown field \"from\": it is now \"fromStatus\", as in the GraphQL input types", run.Error);
        Assert.Contains("b.jsonl:2: unknown field \"to\": it is now \"toStatus\"", run.Error);
        Assert.Contains("b.jsonl:3: field \"participants[0]\": unknown field \"represents\": it is now \"represented\"", run.Error);
        var valid = await CliRun.RunAsync(["validate", .. Repository.DatasetFiles]);
        Assert.True(valid.ExitCode == 0, valid.ToString());
    }
}
