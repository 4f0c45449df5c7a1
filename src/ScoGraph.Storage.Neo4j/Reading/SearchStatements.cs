using System.Text;
using ScoGraph.Domain.Model;
using ScoGraph.Domain.Ports;
using ScoGraph.Storage.Neo4j.Graph;
using ScoGraph.Storage.Neo4j.Http;

namespace ScoGraph.Storage.Neo4j.Reading;

/// <summary>
/// Text search candidates from the full-text index over the versions' normalized names and aliases
/// (<c>searchNames</c>); the domain's <see cref="Domain.Indexing.SearchRanking"/> then scores and orders them.
/// </summary>
internal static class SearchStatements
{
    public const string IndexName = "version_search_names";

    /// <summary>Candidates taken from the full-text index before the domain score decides the order.</summary>
    public const int CandidateCap = 2000;

    /// <summary>
    /// The Lucene query for a normalized text: every word must occur inside some indexed token (<c>*word*</c>, so
    /// "gali" finds "nurgaliyev" and "in" finds "india"), words AND-ed. Each word is escaped (semantics page 7) even
    /// though normalized text holds only letters and digits: the escaping does not depend on the normalizer.
    /// </summary>
    public static string LuceneQuery(string normalizedText) => string.Join(" AND ",
        normalizedText.Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).Select(w => $"*{Escape(w)}*"));

    /// <summary>Backslash before every character Lucene's query parser treats specially.</summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if ("+-&|!(){}[]^\"~*?:\\/".Contains(c)) escaped.Append('\\');
            escaped.Append(c);
        }
        return escaped.ToString();
    }

    public static CypherStatement Candidates(string normalizedText, IReadOnlyCollection<EntityKind>? kinds, DateTimeOffset? knownAt) =>
        CypherStatement.Of($"""
            {Known.Prefix}
            CALL db.index.fulltext.queryNodes($indexName, $query) YIELD node AS v, score
            WHERE {Known.Filter("v")}{(kinds is null ? "" : " AND v.kind IN $kinds")}
            WITH v, score ORDER BY score DESC LIMIT $cap
            RETURN {Known.VersionColumns("v")}, v.nameKey, score
            """,
            ("indexName", IndexName),
            ("query", LuceneQuery(normalizedText)),
            ("kinds", kinds?.Select(EntityKindText.Format).Distinct(StringComparer.Ordinal).ToArray()),
            ("cap", CandidateCap),
            ("knownAt", Known.Parameter(knownAt)));
}
