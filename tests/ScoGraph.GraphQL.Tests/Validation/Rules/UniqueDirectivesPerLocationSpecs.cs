using ScoGraph.GraphQL.Validation.Rules;

namespace ScoGraph.GraphQL.Tests.Validation.Rules;

/// <summary>5.7.3 Directives Are Unique Per Location: <see cref="UniqueDirectivesPerLocationRule"/>, messages and locations as graphql-js 16 reports them.</summary>
public sealed class UniqueDirectivesPerLocationSpecs
{
    private static readonly UniqueDirectivesPerLocationRule Rule = new();

    [Fact]
    public void DifferentAndRepeatableDirectivesAreFine() =>
        ValidationHarness.ExpectValid(Rule, """
        { dog @onField @skip(if: false) { name @repeatableOnField @repeatableOnField } }
        """);

    [Fact]
    public void RepeatedNonRepeatableDirectivesAreReportedWithTheFirstUse() =>
        ValidationHarness.ExpectErrors(Rule, """
        { dog @onField @onField @onField { name } }
        """,
            ValidationHarness.Error("The directive \"@onField\" can only be used once at this location.", (1, 7), (1, 16)),
            ValidationHarness.Error("The directive \"@onField\" can only be used once at this location.", (1, 7), (1, 25)));
}
