using ScoGraph.GraphQL.Validation.Rules;

namespace ScoGraph.GraphQL.Tests.Validation.Rules;

/// <summary>5.5.1.1 Fragment Name Uniqueness: <see cref="UniqueFragmentNamesRule"/>, messages and locations as graphql-js 16 reports them.</summary>
public sealed class UniqueFragmentNamesSpecs
{
    private static readonly UniqueFragmentNamesRule Rule = new();

    [Fact]
    public void DistinctNamesAreFine() =>
        ValidationHarness.ExpectValid(Rule, """
        { dog { ...A ...B } }
        fragment A on Dog { name }
        fragment B on Dog { barks }
        """);

    [Fact]
    public void EachRepeatIsReportedWithTheFirstDefinition() =>
        ValidationHarness.ExpectErrors(Rule, """
        { dog { ...A } }
        fragment A on Dog { name }
        fragment A on Dog { barks }
        fragment A on Dog { nickname }
        """,
            ValidationHarness.Error("There can be only one fragment named \"A\".", (2, 10), (3, 10)),
            ValidationHarness.Error("There can be only one fragment named \"A\".", (2, 10), (4, 10)));
}
