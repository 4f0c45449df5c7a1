using ScoGraph.GraphQL.Validation.Rules;

namespace ScoGraph.GraphQL.Tests.Validation.Rules;

/// <summary>5.8.1 Variable Uniqueness: <see cref="UniqueVariableNamesRule"/>, messages and locations as graphql-js 16 reports them.</summary>
public sealed class UniqueVariableNamesSpecs
{
    private static readonly UniqueVariableNamesRule Rule = new();

    [Fact]
    public void DistinctVariablesAreFine() =>
        ValidationHarness.ExpectValid(Rule, """
        query Q($a: Int, $b: Int) { __typename }
        """);

    [Fact]
    public void AllDeclarationsOfARepeatedNameAreReportedTogether() =>
        ValidationHarness.ExpectErrors(Rule, """
        query Q($a: Int, $b: Int, $a: String, $a: Boolean) { __typename }
        """,
            ValidationHarness.Error("There can be only one variable named \"$a\".", (1, 10), (1, 28), (1, 40)));
}
