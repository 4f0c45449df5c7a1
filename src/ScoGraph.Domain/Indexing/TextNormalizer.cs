using System.Text;

namespace ScoGraph.Domain.Indexing;

/// <summary>
/// The one text normalization used for search, name filters and name ordering, so that every adapter matches and
/// sorts alike: lower case, Latin accents folded (<c>Émomali</c> → <c>emomali</c>, <c>Łódź</c> → <c>lodz</c>), every run
/// of non-letters and non-digits becomes one space, trimmed. Other scripts are kept, lower-cased
/// (<c>Болат</c> → <c>болат</c>).
/// </summary>
/// <remarks>
/// The project runs with invariant globalization, where <c>string.Normalize</c> does not decompose accents, so the
/// folding of U+00C0..U+017F (Latin-1 Supplement and Latin Extended-A) is a table here; combining marks written
/// separately are dropped.
/// </remarks>
public static class TextNormalizer
{
    // One character per code point from U+00C0: its folded letter, '.' to keep it, '*' for a two-letter fold.
    private const string LatinFolds =
        "aaaaaa*ceeeeiiiidnooooo.ouuuuy**aaaaaa*ceeeeiiiidnooooo.ouuuuy*y" +
        "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii**jjkkkllllllll" +
        "llnnnnnnnnnoooooo**rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var result = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (IsCombiningMark(c)) continue;
            if (!char.IsLetterOrDigit(c))
            {
                pendingSpace = true;
                continue;
            }
            if (pendingSpace && result.Length > 0) result.Append(' ');
            pendingSpace = false;
            AppendFolded(result, c);
        }
        return result.ToString();
    }

    private static void AppendFolded(StringBuilder result, char c)
    {
        var index = c - '\u00C0';
        if (index < 0 || index >= LatinFolds.Length)
        {
            result.Append(char.ToLowerInvariant(c));
            return;
        }
        switch (LatinFolds[index])
        {
            case '.': result.Append(char.ToLowerInvariant(c)); break;
            case '*': result.Append(TwoLetterFold(c)); break;
            case var folded: result.Append(folded); break;
        }
    }

    private static string TwoLetterFold(char c) => c switch
    {
        'Æ' or 'æ' => "ae",
        'Þ' or 'þ' => "th",
        'ß' => "ss",
        'Ĳ' or 'ĳ' => "ij",
        'Œ' or 'œ' => "oe",
        _ => char.ToLowerInvariant(c).ToString(),
    };

    private static bool IsCombiningMark(char c) => char.GetUnicodeCategory(c) is
        System.Globalization.UnicodeCategory.NonSpacingMark or
        System.Globalization.UnicodeCategory.SpacingCombiningMark or
        System.Globalization.UnicodeCategory.EnclosingMark;
}
