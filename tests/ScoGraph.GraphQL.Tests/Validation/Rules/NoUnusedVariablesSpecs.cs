using ScoGraph.GraphQL.Validation.Rules;

namespace ScoGraph.GraphQL.Tests.Validation.Rules;

/// <summary>5.8.4 All Variables Used: <see cref="NoUnusedVariablesRule"/>, messages and locations as graphql-js 16 reports them.</summary>
public sealed class NoUnusedVariablesSpecs
{
    private static readonly NoUnusedVariablesRule Rule = new();

    [Fact]
    public void VariablesUsedDirectlyInDirectivesOrInFragmentsAreFine() =>
        ValidationHarness.ExpectValid(Rule, """
        query Q($a: Boolean, $b: Boolean) { dog @include(if: $a) { ...F } }
        fragment F on Dog { name(surname: $b) }
        """);

    [Fact]
    public void UnusedVariablesAreReported() =>
        ValidationHarness.ExpectErrors(Rule, """
        query Q($a: Boolean, $b: Int) { dog { name(surname: $a) } }
        query ($c: Int) { __typename }
        """,
            ValidationHarness.Error("Variable \"$b\" is never used in operation \"Q\".", (1, 22)),
            ValidationHarness.Error("Variable \"$c\" is never used.", (2, 8)));
}
