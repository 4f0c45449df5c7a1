using System.Text.Json;
using ScoGraph.Api.Tests.Hosting;

namespace ScoGraph.Api.Tests.Dataset;

/// <summary>
/// The real server process seeds an empty store on its first start, and only then: started again on the same file it
/// imports nothing (the counts stay, every fact keeps its single version).
/// </summary>
public sealed class FirstStartSeedingSpecs
{
    private const string Counts = """
        { states { totalCount } officials { totalCount } meetings { totalCount } agreements { totalCount }
          sources { totalCount } membershipChanges { id } conflicts { predicate } }
        """;

    [Fact]
    public async Task A_restart_on_the_same_store_does_not_import_the_dataset_again()
    {
        using var folder = new TempFolder();
        var databasePath = folder.File("scograph.db");

        string firstCounts;
        await using (var first = await ServerProcess.StartAsync(databasePath))
        {
            firstCounts = await CountsAsync(first);
            Assert.Equal(DatasetFiles.Count("state"), JsonDocument.Parse(firstCounts).RootElement.GetProperty("states").GetProperty("totalCount").GetInt32());
        }

        await using var second = await ServerProcess.StartAsync(databasePath);

        Assert.Equal(firstCounts, await CountsAsync(second));
        foreach (var id in (string[])["IND", "sco-charter", "rashid-alimov-sco-secretary-general", "IND-member-2017"])
        {
            var history = await DataOf(second, $$"""{ history(id: "{{id}}") { version retractedAt } }""");
            var only = Assert.Single(history.GetProperty("history").EnumerateArray());
            Assert.Equal(1, only.GetProperty("version").GetInt32());
            Assert.Equal(JsonValueKind.Null, only.GetProperty("retractedAt").ValueKind);
        }
    }

    private static async Task<string> CountsAsync(ServerProcess server) => (await DataOf(server, Counts)).GetRawText();

    private static async Task<JsonElement> DataOf(ServerProcess server, string query)
    {
        var result = await server.QueryAsync(query);
        Assert.False(result.TryGetProperty("errors", out var errors), $"{query} failed: {errors}\n{server.Output}");
        return result.GetProperty("data");
    }
}
