using System.Text;
using ScoGraph.Api.Tests.Contract;

namespace ScoGraph.Api.Tests.Examples;

/// <summary>
/// Reads the examples from README.md: in the section <c>## Example queries</c>, every <c>### </c> heading is followed by
/// one <c>```graphql</c> block (the query) and then one <c>```json</c> block (the whole response the server gives).
/// </summary>
public static class ReadmeExamples
{
    public const string SectionHeading = "## Example queries";

    private static readonly Lazy<IReadOnlyList<ReadmeExample>> All = new(() => Parse(File.ReadAllText(RepositoryFiles.PathOf("README.md"))));

    public static IReadOnlyList<ReadmeExample> Examples => All.Value;

    public static ReadmeExample Named(string title) =>
        Examples.SingleOrDefault(e => e.Title == title) ?? throw new KeyNotFoundException($"README.md has no example titled \"{title}\".");

    public static IReadOnlyList<ReadmeExample> Parse(string readme)
    {
        var lines = readme.Replace("\r\n", "\n").Split('\n');
        var start = Array.FindIndex(lines, l => l.TrimEnd() == SectionHeading);
        if (start < 0) throw new FormatException($"README.md has no \"{SectionHeading}\" section.");

        var examples = new List<ReadmeExample>();
        string? title = null;
        var blocks = new List<(string Language, string Text)>();
        for (var i = start + 1; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.StartsWith("## ", StringComparison.Ordinal)) break;
            if (line.StartsWith("### ", StringComparison.Ordinal))
            {
                Finish();
                title = line[4..].Trim();
                continue;
            }
            if (line.StartsWith("```", StringComparison.Ordinal) && title is not null)
            {
                var language = line[3..].Trim();
                var text = new StringBuilder();
                for (i++; i < lines.Length && !lines[i].StartsWith("```", StringComparison.Ordinal); i++) text.Append(lines[i]).Append('\n');
                blocks.Add((language, text.ToString()));
            }
        }
        Finish();
        return examples;

        void Finish()
        {
            if (title is null) return;
            if (blocks is not [("graphql", var query), ("json", var answer)])
            {
                throw new FormatException($"README example \"{title}\" must have one ```graphql block followed by one ```json block, " +
                                          $"found: {string.Join(", ", blocks.Select(b => b.Language))}.");
            }
            examples.Add(new ReadmeExample(title, query, answer));
            title = null;
            blocks.Clear();
        }
    }
}
