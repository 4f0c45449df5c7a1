namespace ScoGraph.Api.Tests.Contract;

/// <summary>Files of the repository the tests run from (found by walking up from the test assembly to ScoGraph.sln).</summary>
public static class RepositoryFiles
{
    private static readonly Lazy<string> Root = new(FindRoot);

    public static string RootDirectory => Root.Value;

    /// <summary>A path below the repository root, e.g. <c>Path("schema", "scograph.graphql")</c>.</summary>
    public static string PathOf(params string[] parts) => System.IO.Path.Combine([Root.Value, .. parts]);

    public static string SchemaFile => PathOf("schema", "scograph.graphql");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "ScoGraph.sln"))) return directory.FullName;
        }
        throw new InvalidOperationException($"No ScoGraph.sln above {AppContext.BaseDirectory}: run the tests from a checkout of the repository.");
    }
}
