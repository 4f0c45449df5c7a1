using ScoGraph.GraphQL.Validation.Rules;

namespace ScoGraph.GraphQL.Tests.Validation.Rules;

/// <summary>5.8.2 Variables Are Input Types: <see cref="VariablesAreInputTypesRule"/>, messages and locations as graphql-js 16 reports them.</summary>
public sealed class VariablesAreInputTypesSpecs
{
    private static readonly VariablesAreInputTypesRule Rule = new();

    [Fact]
    public void ScalarsEnumsAndInputObjectsAreFine() =>
        ValidationHarness.ExpectValid(Rule, """
        query Q($a: String, $b: [FurColor!]!, $c: ComplexInput) { dog { name } }
        """);

    [Fact]
    public void OutputTypesAreReportedWithTheTypeAsWritten() =>
        ValidationHarness.ExpectErrors(Rule, """
        query Q($a: Dog, $b: [[CatOrDog!]]!, $c: Pet) { dog { name } }
        """,
            ValidationHarness.Error("Variable \"$a\" cannot be non-input type \"Dog\".", (1, 13)),
            ValidationHarness.Error("Variable \"$b\" cannot be non-input type \"[[CatOrDog!]]!\".", (1, 22)),
            ValidationHarness.Error("Variable \"$c\" cannot be non-input type \"Pet\".", (1, 42)));
}
