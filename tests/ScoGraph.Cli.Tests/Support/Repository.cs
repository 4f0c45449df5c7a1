namespace ScoGraph.Cli.Tests.Support;

/// <summary>Paths in the repository, found from the test binaries upwards (the folder holding ScoGraph.sln).</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    public static IReadOnlyList<string> DatasetFiles => Directory.GetFiles(PathOf("src", "ScoGraph.Api", "Data"), "*.jsonl").Order(StringComparer.Ordinal).ToArray();

    /// <summary>Non-blank lines of the dataset (it grows; tests count it rather than hard-code it).</summary>
    public static int DatasetLines => DatasetFiles.Sum(f => File.ReadLines(f).Count(l => !string.IsNullOrWhiteSpace(l)));

    /// <summary>The built CLI next to the tests (the project reference copies it): run with <c>dotnet scograph.dll</c>.</summary>
    public static string CliAssembly => Path.Combine(AppContext.BaseDirectory, "scograph.dll");

    private static string FindRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "ScoGraph.sln"))) folder = folder.Parent;
        return folder?.FullName ?? throw new InvalidOperationException("ScoGraph.sln not found above " + AppContext.BaseDirectory);
    }
}
