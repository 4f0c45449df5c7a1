using ScoGraph.GraphQL.Validation.Rules;

namespace ScoGraph.GraphQL.Tests.Validation.Rules;

/// <summary>5.5.1.3 Fragments On Composite Types: <see cref="FragmentsOnCompositeTypesRule"/>, messages and locations as graphql-js 16 reports them.</summary>
public sealed class FragmentsOnCompositeTypesSpecs
{
    private static readonly FragmentsOnCompositeTypesRule Rule = new();

    [Fact]
    public void ObjectsInterfacesAndUnionsAreFine() =>
        ValidationHarness.ExpectValid(Rule, """
        fragment A on Dog { name }
        fragment B on Pet { name }
        fragment C on CatOrDog { __typename }
        { dog { ... { name } } }
        """);

    [Fact]
    public void ScalarsAndEnumsAreReportedForNamedAndInlineFragments() =>
        ValidationHarness.ExpectErrors(Rule, """
        fragment A on Boolean { bad }
        { dog { ... on FurColor { name } } }
        """,
            ValidationHarness.Error("Fragment \"A\" cannot condition on non composite type \"Boolean\".", (1, 15)),
            ValidationHarness.Error("Fragment cannot condition on non composite type \"FurColor\".", (2, 16)));
}
