using ScoGraph.Domain.Model;
using System.Text;
using ScoGraph.Domain.Indexing;
using ScoGraph.Domain.Ports;
using ScoGraph.Storage.Sqlite.Connections;
using ScoGraph.Storage.Sqlite.Mapping;

namespace ScoGraph.Storage.Sqlite.Reading;

/// <summary>
/// Ranked text search. FTS5 (trigram tokenizer over normalized names and aliases) finds the candidates and
/// bm25 orders them; the domain's <see cref="SearchRanking"/> then scores each candidate the way every adapter
/// must, bm25 breaking ties between equal scores.
/// </summary>
internal static class EntitySearcher
{
    public const int MaxLimit = 500;

    /// <summary>Candidates taken from the full-text index before the domain score decides the order.</summary>
    private const int CandidateCap = 2000;

    private static readonly string[] CandidateParameters = ["$match", "$text", "$known", "$kinds", "$cap"];
    private static readonly string[] LoadParameters = ["$keys"];

    public static IReadOnlyList<SearchHit> Search(PreparedSession session, SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Limit is < 1 or > MaxLimit)
            throw new ArgumentException($"the search limit must be between 1 and {MaxLimit}", nameof(query));
        var text = TextNormalizer.Normalize(query.Text);
        if (text.Length == 0 || query.Kinds is { Count: 0 }) return [];

        // Trigrams need three characters: shorter words are left to the domain score, and a text made only of
        // short words (e.g. "un") falls back to a substring scan of the terms.
        var words = text.Split(' ').Where(w => w.Length >= 3).Distinct(StringComparer.Ordinal).ToArray();
        var kinds = query.Kinds is null ? "" : " AND v.kind IN (SELECT value FROM json_each($kinds))";
        var sql = words.Length > 0
            ? $"""
                SELECT t.version_key, min(m.rank) AS best
                FROM (SELECT rowid, rank FROM search_fts WHERE search_fts MATCH $match) AS m
                JOIN search_term t ON t.term_key = m.rowid
                JOIN item_version v ON v.version_key = t.version_key
                WHERE {VersionColumns.KnownFilter}{kinds}
                GROUP BY t.version_key ORDER BY best LIMIT $cap;
                """
            : $"""
                SELECT t.version_key, 0.0 AS rank
                FROM search_term t JOIN item_version v ON v.version_key = t.version_key
                WHERE instr(t.text, $text) > 0 AND {VersionColumns.KnownFilter}{kinds}
                GROUP BY t.version_key LIMIT $cap;
                """;
        var command = session.Command(sql, CandidateParameters);
        command.Parameters[0].Value = string.Join(" AND ", words.Select(Phrase));
        command.Parameters[1].Value = text;
        command.Parameters[2].Value = KnowledgeTicks.From(query.KnownAt);
        command.Parameters[3].Value = query.Kinds is null ? DBNull.Value : JsonArray.Of(query.Kinds.Select(EntityKindText.Format));
        command.Parameters[4].Value = CandidateCap;
        var candidates = new List<(long VersionKey, double Rank)>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read()) candidates.Add((reader.GetInt64(0), reader.GetDouble(1)));
        }
        if (candidates.Count == 0) return [];

        // name_key is the normalized name the lists sort by (EntityIndexEntry.SortKey), stored when the version was
        // written: the tie-break below reads it instead of normalizing every candidate's name a second time.
        var load = session.Command($"""
            SELECT {VersionColumns.Select}, j.key, v.name_key
            FROM json_each($keys) AS j CROSS JOIN item_version v ON v.version_key = j.value;
            """, LoadParameters);
        load.Parameters[0].Value = "[" + string.Join(',', candidates.Select(c => c.VersionKey)) + "]";
        var hits = new List<(SearchHit Hit, double Rank, string SortName)>();
        using (var reader = load.ExecuteReader())
        {
            while (reader.Read())
            {
                var versioned = VersionColumns.ReadEntity(reader, 0);
                var entry = EntityIndexEntry.Of(versioned.Item);
                if (SearchRanking.ScoreNormalizedQuery(text, entry.Name, entry.Aliases) is not { } scored) continue;
                var (score, matched) = scored;
                var rank = candidates[reader.GetInt32(VersionColumns.Count)].Rank;
                hits.Add((new SearchHit(versioned, score, matched), rank, reader.GetString(VersionColumns.Count + 1)));
            }
        }
        return hits
            .OrderByDescending(h => h.Hit.Score)
            .ThenBy(h => h.Rank)
            .ThenBy(h => h.SortName, StringComparer.Ordinal)
            .ThenBy(h => h.Hit.Entity.Item.Id, StringComparer.Ordinal)
            .Take(query.Limit)
            .Select(h => h.Hit)
            .ToArray();
    }

    /// <summary>One FTS5 phrase; the text is normalized already, the quoting is defence in depth.</summary>
    private static string Phrase(string word) => new StringBuilder("\"").Append(word.Replace("\"", "\"\"")).Append('"').ToString();
}
