using ScoGraph.GraphQL.Execution;
using ScoGraph.GraphQL.Language;

namespace ScoGraph.GraphQL.Tests.Execution;

public class DocumentCacheSpecs
{
    private static CachedDocument Parse(string query) => new(Parser.Parse(query), null, null);

    [Fact]
    public void The_least_recently_used_document_is_evicted_first()
    {
        var cache = new DocumentCache(2);
        var parses = 0;
        CachedDocument Counting(string query) { parses++; return Parse(query); }

        cache.GetOrAdd("{ a }", Counting);
        cache.GetOrAdd("{ b }", Counting);
        cache.GetOrAdd("{ a }", Counting); // a is now the most recent
        cache.GetOrAdd("{ c }", Counting); // evicts b
        cache.GetOrAdd("{ a }", Counting);
        cache.GetOrAdd("{ b }", Counting);

        Assert.Equal(4, parses);
        Assert.Equal(2, cache.Count);
    }

    [Fact]
    public void A_cache_of_size_zero_keeps_nothing()
    {
        var cache = new DocumentCache(0);
        var first = cache.GetOrAdd("{ a }", Parse);
        var second = cache.GetOrAdd("{ a }", Parse);
        Assert.NotSame(first, second);
        Assert.Equal(0, cache.Count);
    }

    [Fact]
    public void The_oldest_documents_go_when_the_texts_kept_grow_too_long()
    {
        var cache = new DocumentCache(capacity: 100, maxTotalLength: 30);
        var first = cache.GetOrAdd("{ aaaaaaaaaaaaaaaaaaaa }", Parse);

        cache.GetOrAdd("{ bbbbbbbbbbbbbbbbbbbb }", Parse);

        Assert.Equal(1, cache.Count);
        Assert.NotSame(first, cache.GetOrAdd("{ aaaaaaaaaaaaaaaaaaaa }", Parse));
    }

    [Fact]
    public void A_text_longer_than_the_whole_budget_is_not_kept()
    {
        var cache = new DocumentCache(capacity: 100, maxTotalLength: 5);
        cache.GetOrAdd("{ aaaaaaaaaaaaaaaaaaaa }", Parse);
        Assert.Equal(0, cache.Count);
    }
}
