using ScoGraph.GraphQL.Validation.Rules;

namespace ScoGraph.GraphQL.Tests.Validation.Rules;

/// <summary>5.7.1 Directives Are Defined, 5.7.2 Directives Are In Valid Locations: <see cref="KnownDirectivesRule"/>, messages and locations as graphql-js 16 reports them.</summary>
public sealed class KnownDirectivesSpecs
{
    private static readonly KnownDirectivesRule Rule = new();

    [Fact]
    public void KnownDirectivesInAllowedLocationsAreFine() =>
        ValidationHarness.ExpectValid(Rule, """
        query Q @onQuery { dog @include(if: true) { name @onField @skip(if: false) } }
        """);

    [Fact]
    public void UnknownDirectivesAreReported() =>
        ValidationHarness.ExpectErrors(Rule, """
        { dog @unknown(directive: "value") { name } }
        """,
            ValidationHarness.Error("Unknown directive \"@unknown\".", (1, 7)));

    [Fact]
    public void DirectivesInTheWrongLocationNameThatLocation() =>
        ValidationHarness.ExpectErrors(Rule, """
        query Q @onField { dog @onQuery { ...F @onQuery } }
        fragment F on Dog @onField { name }
        """,
            ValidationHarness.Error("Directive \"@onField\" may not be used on QUERY.", (1, 9)),
            ValidationHarness.Error("Directive \"@onQuery\" may not be used on FIELD.", (1, 24)),
            ValidationHarness.Error("Directive \"@onQuery\" may not be used on FRAGMENT_SPREAD.", (1, 40)),
            ValidationHarness.Error("Directive \"@onField\" may not be used on FRAGMENT_DEFINITION.", (2, 19)));
}
