using ScoGraph.GraphQL.Validation.Rules;

namespace ScoGraph.GraphQL.Tests.Validation.Rules;

/// <summary>5.8.3 All Variable Uses Defined: <see cref="NoUndefinedVariablesRule"/>, messages and locations as graphql-js 16 reports them.</summary>
public sealed class NoUndefinedVariablesSpecs
{
    private static readonly NoUndefinedVariablesRule Rule = new();

    [Fact]
    public void VariablesDefinedByTheOperationAreFineAlsoInFragments() =>
        ValidationHarness.ExpectValid(Rule, """
        query Q($a: Boolean) { dog { ...F } }
        fragment F on Dog { name(surname: $a) }
        """);

    [Fact]
    public void UndefinedVariablesAreReportedWithTheOperationOncePerOperationUsingTheFragment() =>
        ValidationHarness.ExpectErrors(Rule, """
        query Q { dog { ...F } }
        query { dog { ...F } }
        fragment F on Dog { name(surname: $a) }
        """,
            ValidationHarness.Error("Variable \"$a\" is not defined by operation \"Q\".", (3, 35), (1, 1)),
            ValidationHarness.Error("Variable \"$a\" is not defined.", (3, 35), (2, 1)));
}
