namespace ScoGraph.Api.Tests.Hosting;

/// <summary>
/// README: "a relative path is taken from the content root, the current directory". The server's content root is the
/// directory it is started in, not the folder of its binaries.
/// </summary>
public sealed class RelativeStorePathSpecs
{
    [Fact]
    public async Task A_relative_store_path_is_resolved_from_the_directory_the_server_is_started_in()
    {
        using var folder = new TempFolder();
        var expected = Path.Combine(folder.Path, "rel", "x.db");
        var besideBinaries = Path.Combine(Path.GetDirectoryName(ServerProcess.ServerAssembly)!, "rel", "x.db");

        await using var server = await ServerProcess.StartInAsync(folder.Path, Path.Combine("rel", "x.db"));

        Assert.True(File.Exists(expected), $"No store at {expected}. The server printed:\n{server.Output}");
        Assert.False(File.Exists(besideBinaries), $"The relative path was resolved beside the binaries: {besideBinaries}");
        Assert.Contains($"SQLite store: {expected}", server.Output);
        var response = await server.QueryAsync("""{ __typename }""");
        Assert.Equal("Query", response.GetProperty("data").GetProperty("__typename").GetString());
    }
}
