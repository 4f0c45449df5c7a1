using System.Text;

namespace ScoGraph.Cli.Tests.Support;

/// <summary>
/// Valid import lines in any number, every reference pointing backwards within a block of five (source, official,
/// organization, post, tenure), so batches never join and each batch commits on its own. Shared with bench/.
/// </summary>
public static class SyntheticFacts
{
    public const int BlockSize = 5;

    /// <summary>Facts one block projects to (FactProjection): 1 source, 3 official, 2 organization, 3 post, 5 tenure.</summary>
    public const int FactsPerBlock = 14;

    /// <summary>Lines (whole blocks) that make at least <paramref name="facts"/> facts.</summary>
    public static int LinesFor(int facts) => (facts + FactsPerBlock - 1) / FactsPerBlock * BlockSize;

    public static string Line(int index)
    {
        var k = index / BlockSize;
        return (index % BlockSize) switch
        {
            0 => $$"""{"type":"source","id":"syn-source-{{k}}","title":"Synthetic source {{k}}","publisher":"ScoGraph benchmark","published":"2020-01-01","language":"en"}""",
            1 => $$"""{"type":"official","id":"syn-official-{{k}}","name":"Official {{k}}","aliases":["O. {{k}}"],"sources":["syn-source-{{k}}"]}""",
            2 => $$"""{"type":"organization","id":"syn-org-{{k}}","name":"Organization {{k}}","sources":["syn-source-{{k}}"]}""",
            3 => $$"""{"type":"post","id":"syn-post-{{k}}","title":"Chair of organization {{k}}","organization":"syn-org-{{k}}","sources":["syn-source-{{k}}"]}""",
            _ => $$"""{"type":"tenure","id":"syn-tenure-{{k}}","official":"syn-official-{{k}}","post":"syn-post-{{k}}","start":"{{2000 + k % 25}}-0{{1 + k % 9}}","sources":["syn-source-{{k}}"]}""",
        };
    }

    /// <summary>Writes <paramref name="lines"/> lines to a file; returns its size in bytes.</summary>
    public static long WriteFile(string path, int lines)
    {
        using (var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16) { NewLine = "\n" })
            for (var i = 0; i < lines; i++) writer.WriteLine(Line(i));
        return new FileInfo(path).Length;
    }
}
