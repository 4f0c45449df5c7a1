using Microsoft.Extensions.Logging.Abstractions;
using ScoGraph.Api.Hosting;
using ScoGraph.Cli.Tests.Support;
using ScoGraph.Storage.Neo4j.Testing;
using ScoGraph.Storage.Sqlite;

namespace ScoGraph.Cli.Tests.Commands;

/// <summary>
/// The same round trip as on SQLite, through a real Neo4j: the seeded store's export, imported with
/// <c>--neo4j</c> into an empty database, exports byte for byte the same.
/// </summary>
public sealed class Neo4jRoundTripSpecs
{
    [Neo4jFact]
    public async Task Exporting_the_seeded_store_importing_it_into_Neo4j_and_exporting_from_Neo4j_gives_the_same_bytes()
    {
        var neo4j = await Neo4jTestServer.OptionsAsync();
        await Neo4jTestDatabase.WipeAsync(neo4j);
        using var temp = new TempFolder();
        var seeded = temp.File("seeded.db");
        await using (var store = await SqliteTimelineStore.OpenAsync(seeded))
            await DatasetSync.SyncAsync(store, ShippedDataset.Embedded(), NullLogger.Instance, CancellationToken.None);
        var first = await CliRun.RunAsync("export", "--sqlite", seeded, "-o", temp.File("first.jsonl"));
        Assert.True(first.ExitCode == 0, first.ToString());

        var target = new[] { "--neo4j", neo4j.Uri.ToString(), "--neo4j-user", neo4j.User, "--neo4j-password", neo4j.Password, "--neo4j-database", neo4j.Database };
        var import = await CliRun.RunAsync(["import", .. target, "--batch-size", "50", temp.File("first.jsonl")]);
        Assert.True(import.ExitCode == 0, import.ToString());
        var again = await CliRun.RunAsync(["import", .. target, temp.File("first.jsonl")]);
        Assert.True(again.ExitCode == 0, again.ToString());
        var second = await CliRun.RunAsync(["export", .. target]);

        Assert.Equal(0, second.ExitCode);
        Assert.Equal(await File.ReadAllBytesAsync(temp.File("first.jsonl")), System.Text.Encoding.UTF8.GetBytes(second.Out));
    }
}
