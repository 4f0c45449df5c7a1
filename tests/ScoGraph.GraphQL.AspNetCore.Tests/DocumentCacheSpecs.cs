namespace ScoGraph.GraphQL.AspNetCore.Tests;

public sealed class DocumentCacheSpecs
{
    [Fact]
    public void The_same_text_is_parsed_and_analysed_once()
    {
        var cache = new DocumentCache();
        var analyses = 0;

        var first = cache.GetOrParse("{ a }", _ => { analyses++; return null; });
        var second = cache.GetOrParse("{ a }", _ => { analyses++; return null; });

        Assert.Same(first, second);
        Assert.Equal(1, analyses);
    }

    [Fact]
    public void A_syntax_error_is_cached_as_an_error()
    {
        var cached = new DocumentCache().GetOrParse("{ a", _ => null);

        Assert.Null(cached.Document);
        Assert.Equal("Syntax Error: Expected Name, found <EOF>.", cached.SyntaxError!.Message);
    }

    [Fact]
    public void The_cache_starts_over_when_its_texts_grow_too_long()
    {
        var cache = new DocumentCache(capacity: 100, maxTotalLength: 30);
        var first = cache.GetOrParse("{ aaaaaaaaaaaaaaaaaaaa }", _ => null);

        cache.GetOrParse("{ bbbbbbbbbbbbbbbbbbbb }", _ => null);

        Assert.NotSame(first, cache.GetOrParse("{ aaaaaaaaaaaaaaaaaaaa }", _ => null));
    }

    [Fact]
    public void The_operation_type_is_found_by_name_or_for_a_lone_operation()
    {
        var cache = new DocumentCache();

        Assert.Equal(ScoGraph.GraphQL.Language.Ast.OperationType.Mutation,
            cache.GetOrParse("query A { a } mutation B { b }", _ => null).OperationTypeOf("B"));
        Assert.Equal(ScoGraph.GraphQL.Language.Ast.OperationType.Query, cache.GetOrParse("{ a }", _ => null).OperationTypeOf(null));
        Assert.Null(cache.GetOrParse("query A { a } mutation B { b }", _ => null).OperationTypeOf(null));
    }
}
