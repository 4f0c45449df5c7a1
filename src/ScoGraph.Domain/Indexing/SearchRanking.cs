namespace ScoGraph.Domain.Indexing;

/// <summary>
/// How well a name or alias matches a search text, after <see cref="TextNormalizer"/> on both:
/// <list type="table">
/// <item><term>1.0</term><description>equal ("nurgaliev" finds the alias "Nurgaliev")</description></item>
/// <item><term>0.8</term><description>the name starts with the text ("shang" → "Shanghai Cooperation Organisation")</description></item>
/// <item><term>0.6</term><description>a word of the name starts with the text ("alimov" → "Rashid Alimov")</description></item>
/// <item><term>0.5</term><description>every word of the text starts a word of the name, in any order ("alimov rash")</description></item>
/// <item><term>0.4</term><description>the name contains the text elsewhere ("gali" → "Nurgaliyev")</description></item>
/// </list>
/// A match on an alias scores 0.95 of the same match on the main name, so the main name wins ties.
/// </summary>
public static class SearchRanking
{
    public const double AliasFactor = 0.95;

    /// <summary>The best score over the name and aliases, with the text that matched; null when nothing matches.</summary>
    public static (double Score, string Matched)? Score(string query, string? name, IEnumerable<string> aliases) =>
        ScoreNormalizedQuery(TextNormalizer.Normalize(query), name, aliases);

    /// <summary>
    /// <see cref="Score"/> for a query already passed through <see cref="TextNormalizer"/>, so a caller that scores
    /// many candidates normalizes the query once instead of once per candidate.
    /// </summary>
    public static (double Score, string Matched)? ScoreNormalizedQuery(string normalizedQuery, string? name, IEnumerable<string> aliases)
    {
        var q = normalizedQuery;
        if (q.Length == 0) return null;
        (double Score, string Matched)? best = null;
        void Consider(string? candidate, double factor)
        {
            if (candidate is null) return;
            var score = ScoreNormalized(q, TextNormalizer.Normalize(candidate)) * factor;
            if (score > 0 && (best is null || score > best.Value.Score)) best = (score, candidate);
        }
        Consider(name, 1.0);
        foreach (var alias in aliases) Consider(alias, AliasFactor);
        return best;
    }

    /// <summary>The score for an already normalized text and candidate (0 = no match).</summary>
    public static double ScoreNormalized(string query, string candidate)
    {
        if (query.Length == 0 || candidate.Length == 0) return 0;
        if (candidate == query) return 1.0;
        if (candidate.StartsWith(query, StringComparison.Ordinal)) return 0.8;
        if (candidate.Contains(" " + query, StringComparison.Ordinal)) return 0.6;
        var words = candidate.Split(' ');
        var tokens = query.Split(' ');
        if (tokens.Length > 1 && tokens.All(t => words.Any(w => w.StartsWith(t, StringComparison.Ordinal)))) return 0.5;
        return candidate.Contains(query, StringComparison.Ordinal) ? 0.4 : 0;
    }
}
