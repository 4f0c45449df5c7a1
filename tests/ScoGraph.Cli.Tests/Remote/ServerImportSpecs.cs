using ScoGraph.Cli.Tests.Support;

namespace ScoGraph.Cli.Tests.Remote;

/// <summary><c>scograph import --server</c> against the real server on 127.0.0.1.</summary>
public sealed class ServerImportSpecs
{
    [Fact]
    public async Task The_dataset_imports_through_the_server_and_a_second_run_changes_nothing()
    {
        await using var server = await ImportServer.StartAsync();
        string[] args = ["import", "--server", server.Address.ToString(), "--api-key", ImportServer.Key, "--batch-size", "50", .. Repository.DatasetFiles];

        var first = await CliRun.RunAsync(args);
        var second = await CliRun.RunAsync([.. args, "--gzip"]);

        Assert.True(first.ExitCode == 0, first.ToString());
        var lines = Repository.DatasetLines;
        Assert.Matches($@"created\s+│\s+{lines:N0} ", first.Out);
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Matches($@"unchanged\s+│\s+{lines:N0} ", second.Out);
        Assert.Equal(lines, await StoreProbe.CountAsync(server.DatabasePath));
    }

    [Fact]
    public async Task The_key_may_come_from_SCOGRAPH_API_KEY_and_a_wrong_key_exits_4()
    {
        await using var server = await ImportServer.StartAsync();
        using var temp = new TempFolder();
        var file = temp.Write("a.jsonl", """{"type":"source","id":"s","title":"A"}""");

        var right = await CliRun.RunAsync(new Dictionary<string, string> { ["SCOGRAPH_API_KEY"] = ImportServer.Key }, "import", "--server", server.Address.ToString(), file);
        var wrong = await CliRun.RunAsync("import", "--server", server.Address.ToString(), "--api-key", "nope", file);
        var none = await CliRun.RunAsync("import", "--server", server.Address.ToString(), file);

        Assert.True(right.ExitCode == 0, right.ToString());
        Assert.Equal(ExitCodes.Unauthorized, wrong.ExitCode);
        Assert.Equal(ExitCodes.Unauthorized, none.ExitCode);
        Assert.Contains("Authorization: Bearer", wrong.Error);
    }

    [Fact]
    public async Task A_server_that_does_not_answer_exits_3()
    {
        using var temp = new TempFolder();
        var file = temp.Write("a.jsonl", """{"type":"source","id":"s","title":"A"}""");

        var run = await CliRun.RunAsync("import", "--server", "http://127.0.0.1:9", "--api-key", "k", file);

        Assert.True(run.ExitCode == ExitCodes.Unreachable, run.ToString());
    }

    [Fact]
    public async Task Problems_come_back_with_file_and_line_while_good_batches_land()
    {
        await using var server = await ImportServer.StartAsync();
        using var temp = new TempFolder();
        var a = temp.Write("a.jsonl", """{"type":"source","id":"s","title":"A"}""" + "\n");
        var b = temp.Write("b.jsonl", """
            {"type":"source","id":"t","title":"T"}
            {"type":"source","id":"u","title":"U","published":"2006-13"}
            """);

        var run = await CliRun.RunAsync("import", "--server", server.Address.ToString(), "--api-key", ImportServer.Key, "--batch-size", "1", "--continue-on-error", a, b);

        Assert.Equal(ExitCodes.LinesRejected, run.ExitCode);
        Assert.Contains("b.jsonl:2: field \"published\"", run.Error);
        Assert.Equal(2, await StoreProbe.CountAsync(server.DatabasePath));
    }
}
