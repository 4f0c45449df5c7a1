using ScoGraph.Api.Schema.Loaders;
using ScoGraph.Api.Schema.Nodes;
using ScoGraph.Domain.Model;
using ScoGraph.Domain.Ports;
using ScoGraph.GraphQL.Types;

namespace ScoGraph.Api.Schema.Resolvers;

/// <summary><c>Query.search</c> and the <c>SearchResult</c> type.</summary>
public static class SearchResolvers
{
    public const int MaxResults = 100;

    public static SchemaBuilder BindSearch(this SchemaBuilder builder) => builder
        .RootAsync("search", async context =>
        {
            var text = context.RequiredString("text");
            var first = context.Int("first") ?? 10;
            if (first is < 0 or > MaxResults) throw Arguments.BadInput($"\"first\" must be between 0 and {MaxResults}; got {first}.");
            if (string.IsNullOrWhiteSpace(text) || first == 0) return Array.Empty<SearchResultNode>();
            var kinds = context.List<EntityKind>("kinds");
            var hits = await context.Store().SearchAsync(new SearchQuery(text, kinds, first), context.CancellationToken);
            return hits.Where(h => h.Entity.Item is not Claim)
                .Select(h => new SearchResultNode(GraphNodes.From(h.Entity.Item), h.Matched, h.Score))
                .ToArray();
        })
        .BindType<SearchResultNode>("SearchResult")
        .Read<SearchResultNode>("SearchResult", "node", r => r.Node)
        .Read<SearchResultNode>("SearchResult", "matched", r => r.Matched)
        .Read<SearchResultNode>("SearchResult", "score", r => r.Score);
}
