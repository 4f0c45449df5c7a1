using System.Reflection;

namespace ScoGraph.Api.Hosting;

/// <summary>The files built into this assembly: the schema contract and the dataset (so no working directory matters).</summary>
public static class EmbeddedFiles
{
    private const string Prefix = "ScoGraph.Api.";
    private static readonly Assembly Assembly = typeof(EmbeddedFiles).Assembly;

    /// <summary><c>schema/scograph.graphql</c>, byte for byte.</summary>
    public static string SchemaSdl { get; } = Read(Prefix + "scograph.graphql");

    /// <summary>The dataset's JSON Lines files in file-name order (the order they must be imported in).</summary>
    public static IReadOnlyList<(string Name, string Text)> DatasetFiles() =>
        Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix + "Data.", StringComparison.Ordinal) && n.EndsWith(".jsonl", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => (n[(Prefix.Length + "Data.".Length)..], Read(n)))
            .ToArray();

    private static string Read(string resource)
    {
        using var stream = Assembly.GetManifestResourceStream(resource)
            ?? throw new StartupException($"The embedded resource {resource} is missing from {Assembly.GetName().Name}; rebuild the project.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
