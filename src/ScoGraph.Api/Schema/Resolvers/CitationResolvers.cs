using ScoGraph.Api.Schema.Loaders;
using ScoGraph.Api.Schema.Nodes;
using ScoGraph.Domain.Model;
using ScoGraph.GraphQL.Types;

namespace ScoGraph.Api.Schema.Resolvers;

/// <summary>The <c>Citation</c> type: the same shape for every fact that cites sources.</summary>
public static class CitationResolvers
{
    /// <summary>
    /// The citations in citation order, each source loaded with the level's other entity lookups; a source not known
    /// at the read's knowledge time is left out, as in <c>sources</c>.
    /// </summary>
    public static async Task<IReadOnlyList<CitationNode>> CitationsAsync(IResolverContext context, ReadScope scope, IReadOnlyList<SourceRef> citations)
    {
        var sources = (await SourceResolvers.SourcesAsync(context, scope, citations)).ToDictionary(s => s.Id, StringComparer.Ordinal);
        return citations
            .Where(c => sources.ContainsKey(c.SourceId))
            .Select(c => new CitationNode(sources[c.SourceId], c.Quote))
            .ToArray();
    }

    public static SchemaBuilder BindCitations(this SchemaBuilder builder) => builder
        .BindType<CitationNode>("Citation")
        .Read<CitationNode>("Citation", "source", c => c.Source)
        .Read<CitationNode>("Citation", "quote", c => c.Quote);
}
