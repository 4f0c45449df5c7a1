using ScoGraph.GraphQL.Validation.Rules;

namespace ScoGraph.GraphQL.Tests.Validation.Rules;

/// <summary>5.4.2.1 Required Arguments: <see cref="ProvidedRequiredArgumentsRule"/>, messages and locations as graphql-js 16 reports them.</summary>
public sealed class ProvidedRequiredArgumentsSpecs
{
    private static readonly ProvidedRequiredArgumentsRule Rule = new();

    [Fact]
    public void RequiredArgumentsGivenAndDefaultsOrNullableOnesOmittedAreFine() =>
        ValidationHarness.ExpectValid(Rule, """
        { complicatedArgs { multipleReqs(req1: 1, req2: 2) nonNullFieldWithDefault multipleOpts } dog { name @skip(if: true) } }
        """);

    [Fact]
    public void MissingRequiredFieldArgumentsAreReportedAtTheField() =>
        ValidationHarness.ExpectErrors(Rule, """
        { complicatedArgs { multipleReqs(req2: 1) nonNullIntArgField } }
        """,
            ValidationHarness.Error("Field \"multipleReqs\" argument \"req1\" of type \"Int!\" is required, but it was not provided.", (1, 21)),
            ValidationHarness.Error("Field \"nonNullIntArgField\" argument \"nonNullIntArg\" of type \"Int!\" is required, but it was not provided.", (1, 43)));

    [Fact]
    public void MissingRequiredDirectiveArgumentsAreReportedAtTheDirective() =>
        ValidationHarness.ExpectErrors(Rule, """
        { dog { name @skip @include } }
        """,
            ValidationHarness.Error("Directive \"@skip\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.", (1, 14)),
            ValidationHarness.Error("Directive \"@include\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.", (1, 20)));
}
