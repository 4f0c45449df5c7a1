using System.Text;
using System.Text.Json;
using ScoGraph.GraphQL.Language;
using ScoGraph.GraphQL.Tests.Support;

namespace ScoGraph.GraphQL.Tests.Differential;

/// <summary>
/// Thousands of seeded edits of the corpus documents, parsed and printed by graphql-js
/// (<c>tests/tools/oracle/parse-print.mjs</c>) and by us: the same documents must parse, with the same
/// syntax error message and location otherwise, and print to the same text.
/// </summary>
public class ParserFuzzDifferentialSpecs
{
    private const int Cases = 6000;

    private static readonly string[] Snippets =
    [
        "{", "}", "(", ")", "[", "]", ":", "$", "@", "!", "=", "...", ".", "\"", "\"\"\"", "\\\"\"\"", "\\", "\\u",
        "\\u{1F600}", "\\uD83D\\uDE00", "#", "\n", "\r", "\r\n", ",", "|", "&", "-", "0", "01", "1.", "1e", "-1.5e3",
        "on ", "query ", "fragment ", "extend ", "type ", "\"desc\" ", "null", "true", "\u00e9", "\U0001F600", "\uD83D",
        "\uDE00", "\t", "\uFEFF", "\0", "'", "?",
    ];

    [Fact]
    public void Parse_outcomes_errors_and_printed_text_match_graphql_js_on_mutated_documents()
    {
        var documents = MutatedDocuments();
        var expected = RunOracle(documents);
        Assert.Equal(documents.Count, expected.Count);

        var mismatches = new List<string>();
        for (var i = 0; i < documents.Count; i++)
        {
            string ours;
            try
            {
                ours = "OK " + Printer.Print(Parser.Parse(documents[i]));
            }
            catch (GraphQLSyntaxException error)
            {
                ours = $"ERR {error.Message} {error.Line}:{error.Column}";
            }
            if (ours != expected[i] && mismatches.Count < 10)
            {
                mismatches.Add($"document: {Escape(documents[i])}\n  graphql-js: {Escape(expected[i])}\n  ours:       {Escape(ours)}");
            }
        }

        Assert.True(mismatches.Count == 0, string.Join("\n\n", mismatches));
        Assert.Contains(expected, e => e.StartsWith("OK ", StringComparison.Ordinal));
        Assert.Contains(expected, e => e.StartsWith("ERR ", StringComparison.Ordinal));
    }

    private static List<string> MutatedDocuments()
    {
        var seeds = DifferentialCorpus.Cases.Where(c => !c.Id.Contains('~')).Select(c => c.Document)
            .Concat(DifferentialCorpus.Schemas.Values).ToList();
        var random = new Random(20261123);
        var documents = new List<string>(Cases);
        for (var i = 0; i < Cases; i++)
        {
            var text = new StringBuilder(seeds[random.Next(seeds.Count)]);
            var edits = random.Next(1, 4);
            for (var e = 0; e < edits; e++)
            {
                var at = random.Next(text.Length + 1);
                switch (random.Next(4))
                {
                    case 0 when at < text.Length:
                        text.Remove(at, Math.Min(random.Next(1, 6), text.Length - at));
                        break;
                    case 1 when at < text.Length:
                        text.Insert(at, text.ToString(at, Math.Min(random.Next(1, 12), text.Length - at)));
                        break;
                    case 2 when at + 1 < text.Length:
                        (text[at], text[at + 1]) = (text[at + 1], text[at]);
                        break;
                    default:
                        text.Insert(at, Snippets[random.Next(Snippets.Length)]);
                        break;
                }
            }
            documents.Add(text.ToString());
        }
        return documents;
    }

    /// <summary>Texts travel as UTF-16 code unit arrays so lone surrogates survive JSON on both sides.</summary>
    private static List<string> RunOracle(List<string> documents)
    {
        var work = Directory.CreateTempSubdirectory("scograph-parse-oracle-");
        try
        {
            var input = Path.Combine(work.FullName, "input.json");
            var output = Path.Combine(work.FullName, "output.json");
            File.WriteAllText(input, JsonSerializer.Serialize(documents.Select(d => d.Select(c => (int)c).ToArray())));
            GraphQLJsOracle.RunScript("oracle/parse-print.mjs", input, output);

            using var results = JsonDocument.Parse(File.ReadAllBytes(output));
            return results.RootElement.EnumerateArray().Select(result => result.GetProperty("ok").GetBoolean()
                ? "OK " + new string(result.GetProperty("printed").EnumerateArray().Select(c => (char)c.GetInt32()).ToArray())
                : $"ERR {result.GetProperty("message").GetString()} {result.GetProperty("line").GetInt32()}:{result.GetProperty("column").GetInt32()}")
                .ToList();
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static string Escape(string text) =>
        string.Concat(text.Select(c => c is < ' ' or > '~' ? $"\\u{(int)c:X4}" : c.ToString()));
}
