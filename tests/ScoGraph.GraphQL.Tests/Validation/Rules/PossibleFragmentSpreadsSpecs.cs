using ScoGraph.GraphQL.Validation.Rules;

namespace ScoGraph.GraphQL.Tests.Validation.Rules;

/// <summary>5.5.2.3 Fragment Spread Is Possible: <see cref="PossibleFragmentSpreadsRule"/>, messages and locations as graphql-js 16 reports them.</summary>
public sealed class PossibleFragmentSpreadsSpecs
{
    private static readonly PossibleFragmentSpreadsRule Rule = new();

    [Fact]
    public void SpreadsWhoseTypesOverlapAreFine() =>
        ValidationHarness.ExpectValid(Rule, """
        { dog { ...PetFields ... on Canine { name } } catOrDog { ... on Dog { name } } pet { ... on CatOrDog { __typename } } }
        fragment PetFields on Pet { name }
        """);

    [Fact]
    public void SpreadsThatCanNeverApplyAreReported() =>
        ValidationHarness.ExpectErrors(Rule, """
        { dog { ...CatFields ... on Cat { meows } } catOrDog { ... on Human { name } } }
        fragment CatFields on Cat { meows }
        """,
            ValidationHarness.Error("Fragment \"CatFields\" cannot be spread here as objects of type \"Dog\" can never be of type \"Cat\".", (1, 9)),
            ValidationHarness.Error("Fragment cannot be spread here as objects of type \"Dog\" can never be of type \"Cat\".", (1, 22)),
            ValidationHarness.Error("Fragment cannot be spread here as objects of type \"CatOrDog\" can never be of type \"Human\".", (1, 56)));
}
