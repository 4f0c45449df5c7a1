namespace ScoGraph.Api.Tests.Hosting;

/// <summary>A server that cannot open its store says why and exits with an error code, instead of serving 500s.</summary>
public sealed class ServerStartupFailureSpecs
{
    [Fact]
    public async Task A_store_path_that_cannot_be_created_stops_the_server_with_a_message_naming_the_setting()
    {
        using var folder = new TempFolder();
        var blocker = folder.File("a-file");
        await File.WriteAllTextAsync(blocker, "a file where the store's folder would have to be");

        var (exitCode, output) = await ServerProcess.RunUntilExitAsync(Path.Combine(blocker, "scograph.db"));

        Assert.NotEqual(0, exitCode);
        Assert.Contains("ScoGraph:Sqlite:Path", output);
    }
}
