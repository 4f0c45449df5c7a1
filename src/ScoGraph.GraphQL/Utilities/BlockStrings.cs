namespace ScoGraph.GraphQL.Utilities;

/// <summary>graphql-js's <c>printBlockString</c>: prints a string as a <c>"""</c> literal that reads back to the same value.</summary>
public static class BlockStrings
{
    public static string Print(string value, bool minimize = false)
    {
        var escaped = value.Replace("\"\"\"", "\\\"\"\"", StringComparison.Ordinal);
        var lines = escaped.Split(["\r\n", "\n", "\r"], StringSplitOptions.None);
        var isSingleLine = lines.Length == 1;
        var forceLeadingNewLine = lines.Length > 1 &&
            lines.Skip(1).All(line => line.Length == 0 || IsWhiteSpace(line[0]));
        var hasTrailingTripleQuotes = escaped.EndsWith("\\\"\"\"", StringComparison.Ordinal);
        var hasTrailingQuote = value.EndsWith('"') && !hasTrailingTripleQuotes;
        var hasTrailingSlash = value.EndsWith('\\');
        var forceTrailingNewline = hasTrailingQuote || hasTrailingSlash;
        var printAsMultipleLines = !minimize &&
            (!isSingleLine || value.Length > 70 || forceTrailingNewline || forceLeadingNewLine || hasTrailingTripleQuotes);

        var result = "";
        var skipLeadingNewLine = isSingleLine && value.Length > 0 && IsWhiteSpace(value[0]);
        if ((printAsMultipleLines && !skipLeadingNewLine) || forceLeadingNewLine) result += "\n";
        result += escaped;
        if (printAsMultipleLines || forceTrailingNewline) result += "\n";
        return "\"\"\"" + result + "\"\"\"";
    }

    /// <summary>graphql-js's <c>isPrintableAsBlockString</c>: whether a block string would read back as exactly this value.</summary>
    public static bool IsPrintableAsBlockString(string value)
    {
        if (value.Length == 0) return true;
        var isEmptyLine = true;
        var hasIndent = false;
        var hasCommonIndent = true;
        var seenNonEmptyLine = false;
        foreach (var c in value)
        {
            switch (c)
            {
                case <= '\u0008' or '\u000b' or '\u000c' or '\u000e' or '\u000f':
                    return false; // non-printable characters
                case '\r':
                    return false; // would be read back as \n
                case '\n':
                    if (isEmptyLine && !seenNonEmptyLine) return false; // leading new line
                    seenNonEmptyLine = true;
                    isEmptyLine = true;
                    hasIndent = false;
                    break;
                case '\t' or ' ':
                    hasIndent = hasIndent || isEmptyLine;
                    break;
                default:
                    hasCommonIndent = hasCommonIndent && hasIndent;
                    isEmptyLine = false;
                    break;
            }
        }
        if (isEmptyLine) return false; // trailing empty lines
        if (hasCommonIndent && seenNonEmptyLine) return false; // internal indent
        return true;
    }

    private static bool IsWhiteSpace(char c) => c is ' ' or '\t';
}
