namespace ScoGraph.Storage.Sqlite.Tests;

/// <summary>The dataset the server ships (src/ScoGraph.Api/Data): every kind, claims, citations, a few thousand facts.</summary>
internal static class ShippedDataset
{
    public static IReadOnlyList<string> Files() =>
        Directory.GetFiles(Path.Combine(RepositoryRoot(), "src", "ScoGraph.Api", "Data"), "*.jsonl").Order(StringComparer.Ordinal).ToArray();

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ScoGraph.sln"))) return dir.FullName;
        throw new InvalidOperationException("ScoGraph.sln not found above " + AppContext.BaseDirectory);
    }
}
