using ScoGraph.Cli.Tests.Support;

namespace ScoGraph.Cli.Tests.Commands;

public sealed class UsageSpecs
{
    [Theory]
    [InlineData("import")]
    [InlineData("import", "--sqlite")]
    [InlineData("import", "--no-such-option", "x.jsonl")]
    [InlineData("import", "missing-file.jsonl", "--sqlite", "x.db")]
    [InlineData("frobnicate")]
    [InlineData("export")]
    [InlineData("export", "--sqlite", "x.db", "--as-of", "2006")]
    public async Task A_wrong_command_line_is_a_usage_error(params string[] args)
    {
        var run = await CliRun.RunAsync(args);

        Assert.True(run.ExitCode == ExitCodes.UsageError, run.ToString());
        Assert.Contains("scograph", run.Error);
    }

    [Fact]
    public async Task Importing_into_a_store_that_cannot_be_opened_is_unreachable()
    {
        using var temp = new TempFolder();
        var file = temp.Write("a.jsonl", """{"type":"source","id":"s","title":"A"}""");
        var notAFile = temp.Write("db-as-text", "this is not a SQLite database, just text long enough to have a header.....");

        var run = await CliRun.RunAsync("import", "--sqlite", notAFile, file);

        Assert.True(run.ExitCode == ExitCodes.Unreachable, run.ToString());
    }

    [Fact]
    public async Task Schema_prints_the_served_sdl_and_the_import_json_schema()
    {
        var sdl = await CliRun.RunAsync("schema");
        var json = await CliRun.RunAsync("schema", "--import");

        Assert.Equal(await File.ReadAllTextAsync(Repository.PathOf("schema", "scograph.graphql")), sdl.Out);
        Assert.Equal(await File.ReadAllTextAsync(Repository.PathOf("schema", "import.schema.json")), json.Out);
    }

    [Fact]
    public async Task The_store_can_come_from_the_servers_configuration_key_in_the_environment()
    {
        using var temp = new TempFolder();
        var file = temp.Write("a.jsonl", """{"type":"source","id":"s","title":"A"}""");

        var run = await CliRun.RunAsync(new Dictionary<string, string> { ["ScoGraph__Sqlite__Path"] = temp.File("env.db") }, "import", file);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(1, await StoreProbe.CountAsync(temp.File("env.db")));
    }

    [Fact]
    public async Task A_Neo4j_server_that_does_not_answer_is_exit_code_3_naming_its_address()
    {
        using var temp = new TempFolder();
        var file = temp.Write("a.jsonl", """{"type":"source","id":"s","title":"A"}""");
        var closed = ClosedLoopbackPort();

        var run = await CliRun.RunAsync("import", "--neo4j", $"http://127.0.0.1:{closed}", "--neo4j-password", "irrelevant", file);

        Assert.Equal(ExitCodes.Unreachable, run.ExitCode);
        Assert.Contains($"127.0.0.1:{closed}", run.Error);
    }

    /// <summary>A loopback port nothing listens on: bound for a moment, then released.</summary>
    private static int ClosedLoopbackPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
