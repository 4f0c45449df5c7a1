using ScoGraph.GraphQL.Analysis;

namespace ScoGraph.GraphQL.AspNetCore.Tests.Analysis;

public sealed class QueryLimitCheckerSpecs
{
    private static readonly QueryLimits Limits = new() { MaxDepth = 10, MaxAliases = 5, MaxRootFields = 3, MaxDirectivesPerField = 2, MaxCost = 100 };

    private static QueryAnalysis Measured(int depth = 1, long aliases = 0, long rootFields = 1, int directives = 0, long cost = 1, bool introspection = false) =>
        new(depth, aliases, rootFields, directives, cost, introspection);

    [Fact]
    public void An_operation_within_every_limit_passes() =>
        Assert.Null(QueryLimitChecker.Check(Measured(depth: 10, aliases: 5, rootFields: 3, directives: 2, cost: 100), Limits));

    [Fact]
    public void A_refusal_names_the_limit_and_the_measured_value()
    {
        var error = QueryLimitChecker.Check(Measured(depth: 14), Limits)!;

        Assert.Equal("Query depth 14 exceeds the maximum of 10.", error.Message);
        Assert.Equal(QueryLimitCodes.TooDeep, error.Extensions!["code"]);
        Assert.Equal(14L, error.Extensions["measured"]);
        Assert.Equal(10L, error.Extensions["maximum"]);
    }

    [Fact]
    public void Only_one_error_is_given_even_when_several_limits_are_exceeded()
    {
        var error = QueryLimitChecker.Check(Measured(depth: 99, aliases: 99, cost: 9999), Limits)!;

        Assert.Equal(QueryLimitCodes.TooDeep, error.Extensions!["code"]);
    }

    [Theory]
    [InlineData(QueryLimitCodes.TooManyAliases, "Query alias count 6 exceeds the maximum of 5.")]
    [InlineData(QueryLimitCodes.TooManyRootFields, "Query root field count 4 exceeds the maximum of 3.")]
    [InlineData(QueryLimitCodes.TooManyDirectives, "Query directive count 3 on one field exceeds the maximum of 2.")]
    [InlineData(QueryLimitCodes.TooCostly, "Query cost 101 exceeds the maximum of 100.")]
    public void Each_limit_has_its_own_message_and_code(string code, string message)
    {
        var analysis = code switch
        {
            QueryLimitCodes.TooManyAliases => Measured(aliases: 6),
            QueryLimitCodes.TooManyRootFields => Measured(rootFields: 4),
            QueryLimitCodes.TooManyDirectives => Measured(directives: 3),
            _ => Measured(cost: 101),
        };

        var error = QueryLimitChecker.Check(analysis, Limits)!;

        Assert.Equal(message, error.Message);
        Assert.Equal(code, error.Extensions!["code"]);
    }

    [Fact]
    public void A_limit_of_zero_is_switched_off() =>
        Assert.Null(QueryLimitChecker.Check(Measured(depth: 500, cost: 1_000_000), QueryLimits.None));

    [Fact]
    public void Introspection_is_refused_only_when_disabled()
    {
        Assert.Null(QueryLimitChecker.Check(Measured(introspection: true), Limits, allowIntrospection: true));
        Assert.Equal(QueryLimitCodes.IntrospectionDisabled,
            QueryLimitChecker.Check(Measured(introspection: true), Limits, allowIntrospection: false)!.Extensions!["code"]);
    }

    [Fact]
    public void Text_limits_check_length_then_tokens()
    {
        var limits = new QueryLimits { MaxDocumentLength = 20, MaxTokens = 4 };

        Assert.Equal("Document length 21 characters exceeds the maximum of 20.", QueryLimitChecker.CheckText(new string(' ', 21), limits)!.Message);
        Assert.Equal("Document token count 5 exceeds the maximum of 4.", QueryLimitChecker.CheckText("{ a b c }", limits)!.Message);
        Assert.Null(QueryLimitChecker.CheckText("{ a b }", limits));
    }
}
