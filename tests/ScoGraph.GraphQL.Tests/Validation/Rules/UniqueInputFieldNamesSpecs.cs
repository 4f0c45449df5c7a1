using ScoGraph.GraphQL.Validation.Rules;

namespace ScoGraph.GraphQL.Tests.Validation.Rules;

/// <summary>5.6.3 Input Object Field Uniqueness: <see cref="UniqueInputFieldNamesRule"/>, messages and locations as graphql-js 16 reports them.</summary>
public sealed class UniqueInputFieldNamesSpecs
{
    private static readonly UniqueInputFieldNamesRule Rule = new();

    [Fact]
    public void DistinctFieldsAlsoTheSameNameInNestedObjectsAreFine() =>
        ValidationHarness.ExpectValid(Rule, """
        { complicatedArgs { complexArgField(complexArg: {requiredField: true, intField: 1}) } dog { isAtLocation(x: {a: {a: 1}, b: 2}) } }
        """);

    [Fact]
    public void RepeatedFieldsAreReportedWithTheFirst() =>
        ValidationHarness.ExpectErrors(Rule, """
        { complicatedArgs { complexArgField(complexArg: {requiredField: true, requiredField: false, requiredField: true}) } }
        """,
            ValidationHarness.Error("There can be only one input field named \"requiredField\".", (1, 50), (1, 71)),
            ValidationHarness.Error("There can be only one input field named \"requiredField\".", (1, 50), (1, 93)));
}
