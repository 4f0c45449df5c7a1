using ScoGraph.GraphQL.Validation.Rules;

namespace ScoGraph.GraphQL.Tests.Validation.Rules;

/// <summary>5.5.1.2 Fragment Spread Type Existence: <see cref="KnownTypeNamesRule"/>, messages and locations as graphql-js 16 reports them.</summary>
public sealed class KnownTypeNamesSpecs
{
    private static readonly KnownTypeNamesRule Rule = new();

    [Fact]
    public void KnownTypesInVariablesAndFragmentsAreFine() =>
        ValidationHarness.ExpectValid(Rule, """
        query Q($a: String, $b: [ComplexInput!]) { dog { ...F ... on Pet { name } } }
        fragment F on Dog { name }
        """);

    [Fact]
    public void UnknownTypesAreReportedWithSuggestions() =>
        ValidationHarness.ExpectErrors(Rule, """
        query Q($a: Strin, $b: [Dgo]) { dog { ... on Badger { name } ...F } }
        fragment F on Peat { name }
        """,
            ValidationHarness.Error("Unknown type \"Strin\". Did you mean \"String\"?", (1, 13)),
            ValidationHarness.Error("Unknown type \"Dgo\". Did you mean \"Dog\"?", (1, 25)),
            ValidationHarness.Error("Unknown type \"Badger\".", (1, 46)),
            ValidationHarness.Error("Unknown type \"Peat\". Did you mean \"Pet\" or \"Cat\"?", (2, 15)));

    [Fact]
    public void InsideTypeDefinitionsTheBuiltInNamesAreKnownAndSuggested() =>
        ValidationHarness.ExpectErrors(Rule, """
        type Foo { a: __Schema b: Flot }
        """,
            ValidationHarness.Error("Unknown type \"Flot\". Did you mean \"Float\" or \"Foo\"?", (1, 27)));
}
