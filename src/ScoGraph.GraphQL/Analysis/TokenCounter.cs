namespace ScoGraph.GraphQL.Analysis;

/// <summary>
/// Counts a document's lexical tokens (spec 2.1) without building anything, so a limit can refuse a huge
/// document before the parser allocates its syntax tree. It is deliberately lenient: text the parser would
/// reject still counts as tokens here, and the parser reports the exact syntax error afterwards.
/// </summary>
public static class TokenCounter
{
    /// <summary>Counts tokens, stopping early once <paramref name="stopAfter"/> is passed (zero or less: count all).</summary>
    public static int Count(string source, int stopAfter = 0)
    {
        var count = 0;
        var i = 0;
        while (i < source.Length)
        {
            var c = source[i];
            if (c is ' ' or '\t' or '\n' or '\r' or ',' or '\uFEFF') { i++; continue; }
            if (c == '#')
            {
                while (i < source.Length && source[i] is not ('\n' or '\r')) i++;
                continue;
            }

            count++;
            if (stopAfter > 0 && count > stopAfter) return count;

            if (c == '"') i = SkipString(source, i);
            else if (c == '.' && i + 2 < source.Length && source[i + 1] == '.' && source[i + 2] == '.') i += 3;
            else if (IsNameStart(c)) { i++; while (i < source.Length && IsNameContinue(source[i])) i++; }
            else if (c == '-' || char.IsAsciiDigit(c)) { i++; while (i < source.Length && IsNumberPart(source[i])) i++; }
            else i++; // a punctuator, or a character the parser will reject
        }
        return count;
    }

    private static int SkipString(string source, int start)
    {
        if (start + 2 < source.Length && source[start + 1] == '"' && source[start + 2] == '"')
        {
            var end = source.IndexOf("\"\"\"", start + 3, StringComparison.Ordinal);
            while (end > 0 && source[end - 1] == '\\') end = source.IndexOf("\"\"\"", end + 3, StringComparison.Ordinal);
            return end < 0 ? source.Length : end + 3;
        }
        var i = start + 1;
        while (i < source.Length)
        {
            var c = source[i];
            if (c == '\\') { i += 2; continue; }
            if (c is '"') return i + 1;
            if (c is '\n' or '\r') return i; // unterminated; the parser will say so
            i++;
        }
        return i;
    }

    private static bool IsNameStart(char c) => char.IsAsciiLetter(c) || c == '_';
    private static bool IsNameContinue(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';
    private static bool IsNumberPart(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '+' or '-';
}
