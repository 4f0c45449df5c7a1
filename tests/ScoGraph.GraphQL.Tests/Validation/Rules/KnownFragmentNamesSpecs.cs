using ScoGraph.GraphQL.Validation.Rules;

namespace ScoGraph.GraphQL.Tests.Validation.Rules;

/// <summary>5.5.2.1 Fragment Spread Target Defined: <see cref="KnownFragmentNamesRule"/>, messages and locations as graphql-js 16 reports them.</summary>
public sealed class KnownFragmentNamesSpecs
{
    private static readonly KnownFragmentNamesRule Rule = new();

    [Fact]
    public void SpreadsOfDefinedFragmentsAreFine() =>
        ValidationHarness.ExpectValid(Rule, """
        { dog { ...A } }
        fragment A on Dog { name }
        """);

    [Fact]
    public void UnknownFragmentsAreReportedAtTheirName() =>
        ValidationHarness.ExpectErrors(Rule, """
        { dog { ...Unknown ... on Dog { ...Other } } }
        """,
            ValidationHarness.Error("Unknown fragment \"Unknown\".", (1, 12)),
            ValidationHarness.Error("Unknown fragment \"Other\".", (1, 36)));
}
