namespace ScoGraph.GraphQL.Utilities;

/// <summary>
/// "Did you mean ...?" hints as graphql-js builds them: candidates within an edit distance of 40% of the input
/// (case changes count as one edit, adjacent swaps as one), nearest first, ties in natural order.
/// </summary>
public static class Suggestions
{
    private const int MaxSuggestions = 5;

    /// <summary>The options close enough to <paramref name="input"/>, best first.</summary>
    public static IReadOnlyList<string> List(string input, IEnumerable<string> options)
    {
        var threshold = input.Length * 4 / 10 + 1; // Math.floor(length * 0.4) + 1
        var inputLower = input.ToLowerInvariant();
        var found = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var option in options)
        {
            var distance = Measure(input, inputLower, option, threshold);
            if (distance is int d) found[option] = d;
        }
        var result = found.Keys.ToList();
        result.Sort((a, b) =>
        {
            var diff = found[a] - found[b];
            return diff != 0 ? diff : NaturalCompare(a, b);
        });
        return result;
    }

    /// <summary><c>" Did you mean "A", "B", or "C"?"</c>, or the empty string when there is nothing to suggest.</summary>
    public static string DidYouMean(IReadOnlyList<string> suggestions, string? subMessage = null)
    {
        if (suggestions.Count == 0) return "";
        var message = " Did you mean " + (subMessage is null ? "" : subMessage + " ");
        var quoted = suggestions.Select(s => $"\"{s}\"").ToList();
        if (quoted.Count == 1) return message + quoted[0] + "?";
        if (quoted.Count == 2) return message + quoted[0] + " or " + quoted[1] + "?";
        var selected = quoted.Take(MaxSuggestions).ToList();
        var last = selected[^1];
        selected.RemoveAt(selected.Count - 1);
        return message + string.Join(", ", selected) + ", or " + last + "?";
    }

    private static int? Measure(string input, string inputLower, string option, int threshold)
    {
        if (input == option) return 0;
        var optionLower = option.ToLowerInvariant();
        if (inputLower == optionLower) return 1;

        var a = optionLower;
        var b = inputLower;
        if (a.Length < b.Length) (a, b) = (b, a);
        var aLength = a.Length;
        var bLength = b.Length;
        if (aLength - bLength > threshold) return null;

        var rows = new int[3][];
        for (var r = 0; r < 3; r++) rows[r] = new int[bLength + 1];
        for (var j = 0; j <= bLength; j++) rows[0][j] = j;

        for (var i = 1; i <= aLength; i++)
        {
            var up = rows[(i - 1) % 3];
            var current = rows[i % 3];
            var smallest = current[0] = i;
            for (var j = 1; j <= bLength; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var cell = Math.Min(Math.Min(up[j] + 1, current[j - 1] + 1), up[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    cell = Math.Min(cell, rows[(i - 2) % 3][j - 2] + 1);
                if (cell < smallest) smallest = cell;
                current[j] = cell;
            }
            if (smallest > threshold) return null;
        }
        var distance = rows[aLength % 3][bLength];
        return distance <= threshold ? distance : null;
    }

    /// <summary>graphql-js's naturalCompare: digit runs compare as numbers, everything else by UTF-16 code unit.</summary>
    public static int NaturalCompare(string a, string b)
    {
        int ai = 0, bi = 0;
        while (ai < a.Length && bi < b.Length)
        {
            var ac = a[ai];
            var bc = b[bi];
            if (char.IsAsciiDigit(ac) && char.IsAsciiDigit(bc))
            {
                long aNum = 0;
                do { ++ai; aNum = aNum * 10 + ac - '0'; ac = ai < a.Length ? a[ai] : '\0'; }
                while (char.IsAsciiDigit(ac) && aNum > 0);
                long bNum = 0;
                do { ++bi; bNum = bNum * 10 + bc - '0'; bc = bi < b.Length ? b[bi] : '\0'; }
                while (char.IsAsciiDigit(bc) && bNum > 0);
                if (aNum < bNum) return -1;
                if (aNum > bNum) return 1;
            }
            else
            {
                if (ac < bc) return -1;
                if (ac > bc) return 1;
                ++ai;
                ++bi;
            }
        }
        return a.Length - b.Length;
    }
}
