using System.Text.Json;
using ScoGraph.Api.Tests.Contract;

namespace ScoGraph.Api.Tests.Dataset;

/// <summary>What the shipped dataset (src/ScoGraph.Api/Data/*.jsonl) holds, counted from the files themselves.</summary>
public static class DatasetFiles
{
    private static readonly Lazy<IReadOnlyList<JsonElement>> AllLines = new(ReadLines);

    public static IReadOnlyList<JsonElement> Lines => AllLines.Value;

    /// <summary>How many lines have this <c>type</c> (e.g. <c>state</c>, <c>membershipChange</c>).</summary>
    public static int Count(string type) => Lines.Count(line => line.GetProperty("type").GetString() == type);

    /// <summary>Membership changes per organization (<c>sco</c> when a line names none).</summary>
    public static IReadOnlyDictionary<string, int> MembershipChangesByOrganization() =>
        Lines.Where(line => line.GetProperty("type").GetString() == "membershipChange")
            .GroupBy(line => line.TryGetProperty("organization", out var organization) ? organization.GetString()! : "sco")
            .ToDictionary(group => group.Key, group => group.Count());

    /// <summary>The dataset files' names (<c>01-sources.jsonl</c>...) in the order they are imported.</summary>
    public static IReadOnlyList<string> FileNames =>
        Directory.GetFiles(Folder, "*.jsonl").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToArray();

    private static string Folder => RepositoryFiles.PathOf("src", "ScoGraph.Api", "Data");

    private static IReadOnlyList<JsonElement> ReadLines()
    {
        var folder = Folder;
        return Directory.GetFiles(folder, "*.jsonl").Order(StringComparer.Ordinal)
            .SelectMany(File.ReadLines)
            .Where(line => !string.IsNullOrWhiteSpace(line))
            .Select(line => JsonDocument.Parse(line).RootElement.Clone())
            .ToArray();
    }
}
