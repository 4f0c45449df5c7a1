using System.Text;

namespace ScoGraph.GraphQL.Language;

/// <summary>Block string rules (spec 2.9.4): dedenting raw lines when lexing, and choosing a form when printing.</summary>
public static class BlockString
{
    /// <summary>The spec's BlockStringValue: remove common indentation and leading/trailing blank lines, join with \n.</summary>
    public static string DedentLines(IReadOnlyList<string> lines)
    {
        var commonIndent = int.MaxValue;
        var firstNonEmpty = -1;
        var lastNonEmpty = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var indent = LeadingWhitespace(line);
            if (indent == line.Length)
            {
                continue;
            }
            if (firstNonEmpty < 0)
            {
                firstNonEmpty = i;
            }
            lastNonEmpty = i;
            if (i != 0 && indent < commonIndent)
            {
                commonIndent = indent;
            }
        }

        if (firstNonEmpty < 0)
        {
            return "";
        }

        var builder = new StringBuilder();
        for (var i = firstNonEmpty; i <= lastNonEmpty; i++)
        {
            if (i > firstNonEmpty)
            {
                builder.Append('\n');
            }
            var line = lines[i];
            if (i == 0)
            {
                builder.Append(line);
            }
            else if (commonIndent < line.Length)
            {
                builder.Append(line, commonIndent, line.Length - commonIndent);
            }
        }
        return builder.ToString();
    }

    /// <summary>
    /// Prints a value as a block string exactly like graphql-js 16's <c>printBlockString</c>; <paramref name="minimize"/>
    /// leaves out the line breaks that only help readability.
    /// </summary>
    public static string Print(string value, bool minimize = false)
    {
        var escaped = value.Replace("\"\"\"", "\\\"\"\"");
        var lines = SplitLines(escaped);
        var isSingleLine = lines.Count == 1;

        // Common indentation can be kept by starting with a new line.
        var forceLeadingNewLine = lines.Count > 1
            && lines.Skip(1).All(line => line.Length == 0 || IsWhiteSpace(line[0]));

        var hasTrailingTripleQuotes = escaped.EndsWith("\\\"\"\"", StringComparison.Ordinal);
        var hasTrailingQuote = value.EndsWith('"') && !hasTrailingTripleQuotes;
        var hasTrailingSlash = value.EndsWith('\\');
        var forceTrailingNewLine = hasTrailingQuote || hasTrailingSlash;

        var printAsMultipleLines = !minimize
            && (!isSingleLine || value.Length > 70 || forceTrailingNewLine || forceLeadingNewLine || hasTrailingTripleQuotes);

        var result = new StringBuilder("\"\"\"");
        var skipLeadingNewLine = isSingleLine && value.Length > 0 && IsWhiteSpace(value[0]);
        if ((printAsMultipleLines && !skipLeadingNewLine) || forceLeadingNewLine)
        {
            result.Append('\n');
        }
        result.Append(escaped);
        if (printAsMultipleLines || forceTrailingNewLine)
        {
            result.Append('\n');
        }
        return result.Append("\"\"\"").ToString();
    }

    /// <summary>Whether <see cref="Print"/> would give back the same value when parsed (graphql-js's <c>isPrintableAsBlockString</c>).</summary>
    public static bool IsPrintable(string value)
    {
        if (value.Length == 0)
        {
            return true;
        }
        var isEmptyLine = true;
        var hasIndent = false;
        var hasCommonIndent = true;
        var seenNonEmptyLine = false;
        foreach (var c in value)
        {
            switch (c)
            {
                // graphql-js's list exactly: it stops at U+000F, so U+0010-U+001F still print as block strings.
                case <= '\u0008' or '\u000B' or '\u000C' or '\u000E' or '\u000F':
                    return false; // non-printable characters
                case '\r':
                    return false; // would come back as \n
                case '\n':
                    if (isEmptyLine && !seenNonEmptyLine)
                    {
                        return false; // leading new line
                    }
                    seenNonEmptyLine = true;
                    isEmptyLine = true;
                    hasIndent = false;
                    break;
                case '\t':
                case ' ':
                    hasIndent |= isEmptyLine;
                    break;
                default:
                    hasCommonIndent &= hasIndent;
                    isEmptyLine = false;
                    break;
            }
        }
        if (isEmptyLine)
        {
            return false; // trailing empty lines
        }
        if (hasCommonIndent && seenNonEmptyLine)
        {
            return false; // internal indentation would be removed
        }
        return true;
    }

    private static List<string> SplitLines(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n' || c == '\r')
            {
                lines.Add(text.Substring(start, i - start));
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
                start = i + 1;
            }
        }
        lines.Add(text.Substring(start));
        return lines;
    }

    private static int LeadingWhitespace(string line)
    {
        var i = 0;
        while (i < line.Length && IsWhiteSpace(line[i]))
        {
            i++;
        }
        return i;
    }

    private static bool IsWhiteSpace(char c) => c == ' ' || c == '\t';
}
