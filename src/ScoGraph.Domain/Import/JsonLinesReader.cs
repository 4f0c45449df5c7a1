namespace ScoGraph.Domain.Import;

/// <summary>
/// Reads JSON Lines from a <see cref="TextReader"/> (or a string), one <see cref="ImportedLine"/> per non-blank
/// line, lazily, so a caller can stream a large file. Blank lines are skipped but still counted, so line numbers
/// match the input. Reading never stops at a bad line.
/// </summary>
public static class JsonLinesReader
{
    public static IEnumerable<ImportedLine> Read(TextReader reader)
    {
        var lineNumber = 0;
        while (reader.ReadLine() is { } text)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(text)) continue;
            yield return ImportLineParser.Parse(text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text, lineNumber);
        }
    }

    public static IEnumerable<ImportedLine> Read(string text) => Read(new StringReader(text));
}
