using ScoGraph.GraphQL.Analysis;

namespace ScoGraph.GraphQL.AspNetCore.Tests.Analysis;

public sealed class TokenCounterSpecs
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("{ a }", 3)]
    [InlineData("query Q($v: [Int!]! = [1, 2]) { a(x: $v) @skip(if: false) }", 33)]
    [InlineData("{ a(s: \"with } and # inside\") }", 8)]
    [InlineData("{ a(s: \"\"\"block \\\"\"\" still\"\"\") }", 8)]
    [InlineData("# only a comment\n,,,", 0)]
    [InlineData("{ ...F } fragment F on Q { b: c(n: -1.5e3) }", 18)]
    public void Counts_lexical_tokens_ignoring_whitespace_commas_and_comments(string source, int tokens) =>
        Assert.Equal(tokens, TokenCounter.Count(source));

    [Fact]
    public void Stops_early_once_past_the_limit() =>
        Assert.Equal(11, TokenCounter.Count(string.Concat(Enumerable.Repeat("a ", 1000)), stopAfter: 10));
}
