using ScoGraph.GraphQL.Validation.Rules;

namespace ScoGraph.GraphQL.Tests.Validation.Rules;

/// <summary>5.5.1.4 Fragments Must Be Used: <see cref="NoUnusedFragmentsRule"/>, messages and locations as graphql-js 16 reports them.</summary>
public sealed class NoUnusedFragmentsSpecs
{
    private static readonly NoUnusedFragmentsRule Rule = new();

    [Fact]
    public void FragmentsUsedDirectlyOrThroughOtherFragmentsAreFine() =>
        ValidationHarness.ExpectValid(Rule, """
        { human { ...A } }
        fragment A on Human { name ...B }
        fragment B on Human { iq }
        """);

    [Fact]
    public void UnusedFragmentsAreReportedEvenWhenTheyUseEachOther() =>
        ValidationHarness.ExpectErrors(Rule, """
        { human { name } }
        fragment Unused1 on Human { name ...Unused2 }
        fragment Unused2 on Human { name ...Unused1 }
        """,
            ValidationHarness.Error("Fragment \"Unused1\" is never used.", (2, 1)),
            ValidationHarness.Error("Fragment \"Unused2\" is never used.", (3, 1)));
}
