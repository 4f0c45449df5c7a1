using ScoGraph.GraphQL.Validation.Rules;

namespace ScoGraph.GraphQL.Tests.Validation.Rules;

/// <summary>5.6.1 Values of Correct Type: <see cref="ValuesOfCorrectTypeRule"/>, messages and locations as graphql-js 16 reports them.</summary>
public sealed class ValuesOfCorrectTypeSpecs
{
    private static readonly ValuesOfCorrectTypeRule Rule = new();

    [Fact]
    public void LiteralsThatFitTheirPositionsAreFine() =>
        ValidationHarness.ExpectValid(Rule, """
        { complicatedArgs {
          intArgField(intArg: 2) floatArgField(floatArg: 2) idArgField(idArg: 1) enumArgField(enumArg: BROWN)
          stringListArgField(stringListArg: "single") complexArgField(complexArg: {requiredField: true, intField: 4})
          oneOfArgField(oneOfArg: {stringField: "a"})
        } }
        """);

    [Fact]
    public void ScalarsReportWithTheirOwnCoercionMessages() =>
        ValidationHarness.ExpectErrors(Rule, """
        { complicatedArgs {
          intArgField(intArg: "3") i2: intArgField(intArg: 12345678901) stringArgField(stringArg: 1.5)
          booleanArgField(booleanArg: 2) idArgField(idArg: 1.0) nonNullIntArgField(nonNullIntArg: null)
        } }
        """,
            ValidationHarness.Error("Int cannot represent non-integer value: \"3\"", (2, 23)),
            ValidationHarness.Error("Int cannot represent non 32-bit signed integer value: 12345678901", (2, 52)),
            ValidationHarness.Error("String cannot represent a non string value: 1.5", (2, 91)),
            ValidationHarness.Error("Boolean cannot represent a non boolean value: 2", (3, 31)),
            ValidationHarness.Error("ID cannot represent a non-string and non-integer value: 1.0", (3, 52)),
            ValidationHarness.Error("Expected value of type \"Int!\", found null.", (3, 91)));

    [Fact]
    public void EnumValuesMustBeEnumLiteralsNamingAValue() =>
        ValidationHarness.ExpectErrors(Rule, """
        { complicatedArgs { enumArgField(enumArg: "BROWN") e2: enumArgField(enumArg: BROWNN) } }
        """,
            ValidationHarness.Error("Enum \"FurColor\" cannot represent non-enum value: \"BROWN\". Did you mean the enum value \"BROWN\"?", (1, 43)),
            ValidationHarness.Error("Value \"BROWNN\" does not exist in \"FurColor\" enum. Did you mean the enum value \"BROWN\"?", (1, 78)));

    [Fact]
    public void InputObjectsReportMissingUnknownAndWronglyTypedFields() =>
        ValidationHarness.ExpectErrors(Rule, """
        { complicatedArgs { complexArgField(complexArg: {intField: "x", unknownField: 1, stringListField: [1]}) } }
        """,
            ValidationHarness.Error("Field \"ComplexInput.requiredField\" of required type \"Boolean!\" was not provided.", (1, 49)),
            ValidationHarness.Error("Int cannot represent non-integer value: \"x\"", (1, 60)),
            ValidationHarness.Error("Field \"unknownField\" is not defined by type \"ComplexInput\".", (1, 65)),
            ValidationHarness.Error("String cannot represent a non string value: 1", (1, 100)));

    [Fact]
    public void OneOfInputObjectsNeedExactlyOneNonNullField() =>
        ValidationHarness.ExpectErrors(Rule, """
        { complicatedArgs { oneOfArgField(oneOfArg: {stringField: "a", intField: 1}) o2: oneOfArgField(oneOfArg: {stringField: null}) } }
        """,
            ValidationHarness.Error("OneOf Input Object \"OneOfInput\" must specify exactly one key.", (1, 45)),
            ValidationHarness.Error("Field \"OneOfInput.stringField\" must be non-null.", (1, 106)));

    [Fact]
    public void VariableDefaultValuesAreCheckedToo() =>
        ValidationHarness.ExpectErrors(Rule, """
        query Q($a: Int = "one", $b: [Int] = [1, "two"]) { __typename }
        """,
            ValidationHarness.Error("Int cannot represent non-integer value: \"one\"", (1, 19)),
            ValidationHarness.Error("Int cannot represent non-integer value: \"two\"", (1, 42)));
}
