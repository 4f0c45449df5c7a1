namespace ScoGraph.Api.Tests.Contract;

/// <summary>Says where two texts first differ, so a failing schema comparison points at the line to look at.</summary>
public static class TextDifference
{
    public static string Describe(string expected, string actual)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            var want = i < expectedLines.Length ? expectedLines[i] : "<end of text>";
            var got = i < actualLines.Length ? actualLines[i] : "<end of text>";
            if (want != got)
            {
                return $"first difference at line {i + 1}:\n  expected: {Visible(want)}\n  actual:   {Visible(got)}";
            }
        }
        return "the texts differ only in their line endings or encoding";
    }

    private static string Visible(string line) => line.Replace("\r", "\\r").Replace("\t", "\\t");
}
