using ScoGraph.GraphQL.Validation.Rules;

namespace ScoGraph.GraphQL.Tests.Validation.Rules;

/// <summary>5.4.2 Argument Uniqueness: <see cref="UniqueArgumentNamesRule"/>, messages and locations as graphql-js 16 reports them.</summary>
public sealed class UniqueArgumentNamesSpecs
{
    private static readonly UniqueArgumentNamesRule Rule = new();

    [Fact]
    public void DistinctArgumentsAreFine() =>
        ValidationHarness.ExpectValid(Rule, """
        { dog { isAtLocation(x: 1, y: 2) name @skip(if: true) } }
        """);

    [Fact]
    public void RepeatedArgumentsAreReportedTogetherOnFieldsAndDirectives() =>
        ValidationHarness.ExpectErrors(Rule, """
        { dog { isAtLocation(x: 1, x: 2, x: 3) name @skip(if: true, if: false) } }
        """,
            ValidationHarness.Error("There can be only one argument named \"x\".", (1, 22), (1, 28), (1, 34)),
            ValidationHarness.Error("There can be only one argument named \"if\".", (1, 51), (1, 61)));
}
