using ScoGraph.Api.Schema.Loaders;
using ScoGraph.Api.Schema.Nodes;
using ScoGraph.Domain.Indexing;
using ScoGraph.Domain.Model;
using ScoGraph.Domain.Ports;
using ScoGraph.GraphQL.Types;

namespace ScoGraph.Api.Schema.Resolvers;

/// <summary><c>Query.search</c> and the <c>SearchResult</c> type.</summary>
public static class SearchResolvers
{
    public const int MaxResults = 100;

    /// <summary>
    /// Names and aliases are short: these bounds leave room for any real one while keeping one search's full-text work
    /// small (20,000 words took over a second of SQLite time and grew faster than linearly).
    /// </summary>
    public const int MaxTextLength = 200;

    public const int MaxWords = 10;

    public static SchemaBuilder BindSearch(this SchemaBuilder builder) => builder
        .RootAsync("search", async context =>
        {
            var text = context.RequiredString("text");
            CheckBounds(text);
            var first = context.Int("first") ?? 10;
            if (first is < 0 or > MaxResults) throw Arguments.BadInput($"\"first\" must be between 0 and {MaxResults}; got {first}.");
            if (string.IsNullOrWhiteSpace(text) || first == 0) return Array.Empty<SearchResultNode>();
            var kinds = context.List<EntityKind>("kinds");
            var hits = await context.Store().SearchAsync(new SearchQuery(text, kinds, first), context.CancellationToken);
            return hits.Where(h => h.Entity.Item is not Claim)
                .Select(h => new SearchResultNode(GraphNodes.From(h.Entity.Item), h.Matched, h.Score))
                .ToArray();
        })
        .ListSize("Query", "search", MaxResults)
        .BindType<SearchResultNode>("SearchResult")
        .Read<SearchResultNode>("SearchResult", "node", r => r.Node)
        .Read<SearchResultNode>("SearchResult", "matched", r => r.Matched)
        .Read<SearchResultNode>("SearchResult", "score", r => r.Score);

    private static void CheckBounds(string text)
    {
        if (text.Length <= MaxTextLength && TextNormalizer.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxWords) return;
        var words = TextNormalizer.Normalize(text.Length > 100_000 ? text[..100_000] : text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        throw Arguments.BadInput(
            $"The search text has {words}{(text.Length > 100_000 ? " or more" : "")} words and {text.Length} characters; search with at most {MaxWords} words and {MaxTextLength} characters.");
    }
}
