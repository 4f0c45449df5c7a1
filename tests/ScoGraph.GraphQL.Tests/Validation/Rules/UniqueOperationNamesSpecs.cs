using ScoGraph.GraphQL.Validation.Rules;

namespace ScoGraph.GraphQL.Tests.Validation.Rules;

/// <summary>5.2.1.1 Operation Name Uniqueness: <see cref="UniqueOperationNamesRule"/>, messages and locations as graphql-js 16 reports them.</summary>
public sealed class UniqueOperationNamesSpecs
{
    private static readonly UniqueOperationNamesRule Rule = new();

    [Fact]
    public void DifferentlyNamedOperationsAreFine() =>
        ValidationHarness.ExpectValid(Rule, """
        query Foo { dog { name } }
        query Bar { dog { name } }
        mutation Baz { addPet(name: "x") { name } }
        """);

    [Fact]
    public void ARepeatedNameIsReportedAtBothNamesWhateverTheOperationTypes() =>
        ValidationHarness.ExpectErrors(Rule, """
        query Foo { dog { name } }
        mutation Foo { addPet(name: "x") { name } }
        subscription Foo { newDog { name } }
        """,
            ValidationHarness.Error("There can be only one operation named \"Foo\".", (1, 7), (2, 10)),
            ValidationHarness.Error("There can be only one operation named \"Foo\".", (1, 7), (3, 14)));
}
