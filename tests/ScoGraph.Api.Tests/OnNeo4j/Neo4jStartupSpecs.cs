using ScoGraph.Api.Tests.Hosting;
using ScoGraph.Storage.Neo4j.Testing;

namespace ScoGraph.Api.Tests.OnNeo4j;

/// <summary>Settings Neo4j will never accept stop ScoGraph at start-up, with a message that says which setting to fix.</summary>
[Collection(Neo4jApiCollection.Name)]
public sealed class Neo4jStartupSpecs
{
    [Neo4jFact]
    public async Task A_wrong_password_stops_the_server_naming_the_user_and_the_settings()
    {
        var neo4j = await Neo4jTestServer.OptionsAsync();
        using var folder = new TempFolder();
        try
        {
            var (exitCode, output) = await ServerProcess.RunUntilExitAsync(folder.File("unused.db"), Arguments(neo4j with { Password = neo4j.Password + "-wrong" }));

            Assert.NotEqual(0, exitCode);
            Assert.Contains($"'{neo4j.User}'", output);
            Assert.Contains("ScoGraph:Neo4j:Password", output);
        }
        finally
        {
            // Neo4j locks a user out for 5 s after repeated failures; leave the next spec a clean slate.
            await Task.Delay(TimeSpan.FromSeconds(6));
        }
    }

    [Neo4jFact]
    public async Task A_database_that_does_not_exist_stops_the_server_naming_it_and_the_setting()
    {
        var neo4j = await Neo4jTestServer.OptionsAsync();
        using var folder = new TempFolder();

        var (exitCode, output) = await ServerProcess.RunUntilExitAsync(folder.File("unused.db"), Arguments(neo4j with { Database = "no-such-scograph-db" }));

        Assert.NotEqual(0, exitCode);
        Assert.Contains("no-such-scograph-db", output);
        Assert.Contains("ScoGraph:Neo4j:Database", output);
    }

    private static string[] Arguments(Storage.Neo4j.Neo4jStoreOptions neo4j) =>
    [
        "--ScoGraph:Store=neo4j",
        $"--ScoGraph:Neo4j:Uri={neo4j.Uri}",
        $"--ScoGraph:Neo4j:User={neo4j.User}",
        $"--ScoGraph:Neo4j:Password={neo4j.Password}",
        $"--ScoGraph:Neo4j:Database={neo4j.Database}",
    ];
}
