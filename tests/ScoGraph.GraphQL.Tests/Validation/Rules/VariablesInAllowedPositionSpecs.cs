using ScoGraph.GraphQL.Validation.Rules;

namespace ScoGraph.GraphQL.Tests.Validation.Rules;

/// <summary>5.8.5 All Variable Usages Are Allowed: <see cref="VariablesInAllowedPositionRule"/>, messages and locations as graphql-js 16 reports them.</summary>
public sealed class VariablesInAllowedPositionSpecs
{
    private static readonly VariablesInAllowedPositionRule Rule = new();

    [Fact]
    public void VariablesFittingTheirPositionsAreFineNullableOnesWhereADefaultExists() =>
        ValidationHarness.ExpectValid(Rule, """
        query Q($a: Int!, $b: Int = 1, $c: [String], $d: Boolean) {
          complicatedArgs { intArgField(intArg: $a) nonNullIntArgField(nonNullIntArg: $b) stringListArgField(stringListArg: $c) }
          dog { isHouseTrained(atOtherHomes: $d) }
        }
        """);

    [Fact]
    public void NullableOrDifferentlyTypedVariablesAreReportedAtDefinitionAndUse() =>
        ValidationHarness.ExpectErrors(Rule, """
        query Q($a: Int, $b: String, $c: [String]) {
          complicatedArgs { nonNullIntArgField(nonNullIntArg: $a) intArgField(intArg: $b) stringListNonNullArgField(stringListNonNullArg: $c) }
        }
        """,
            ValidationHarness.Error("Variable \"$a\" of type \"Int\" used in position expecting type \"Int!\".", (1, 9), (2, 55)),
            ValidationHarness.Error("Variable \"$b\" of type \"String\" used in position expecting type \"Int\".", (1, 18), (2, 79)),
            ValidationHarness.Error("Variable \"$c\" of type \"[String]\" used in position expecting type \"[String!]\".", (1, 30), (2, 131)));

    [Fact]
    public void VariablesFillingAOneOfFieldMustBeNonNull() =>
        ValidationHarness.ExpectErrors(Rule, """
        query Q($s: String) { complicatedArgs { oneOfArgField(oneOfArg: {stringField: $s}) } }
        """,
            ValidationHarness.Error("Variable \"$s\" is of type \"String\" but must be non-nullable to be used for OneOf Input Object \"OneOfInput\".", (1, 9), (1, 79)));
}
