using ScoGraph.GraphQL.Validation.Rules;

namespace ScoGraph.GraphQL.Tests.Validation.Rules;

/// <summary>5.1.1 Executable Definitions: <see cref="ExecutableDefinitionsRule"/>, messages and locations as graphql-js 16 reports them.</summary>
public sealed class ExecutableDefinitionsSpecs
{
    private static readonly ExecutableDefinitionsRule Rule = new();

    [Fact]
    public void OperationsAndFragmentsAreExecutable() =>
        ValidationHarness.ExpectValid(Rule, """
        query Foo {
          dog { ...Name }
        }
        fragment Name on Dog { name }
        """);

    [Fact]
    public void TypeAndSchemaDefinitionsAreReportedByName() =>
        ValidationHarness.ExpectErrors(Rule, """
        query Foo { dog { name } }
        type Cow { name: String }
        extend type Dog { color: String }
        schema { query: QueryRoot }
        directive @foo on FIELD
        """,
            ValidationHarness.Error("The \"Cow\" definition is not executable.", (2, 1)),
            ValidationHarness.Error("The \"Dog\" definition is not executable.", (3, 1)),
            ValidationHarness.Error("The schema definition is not executable.", (4, 1)),
            ValidationHarness.Error("The \"foo\" definition is not executable.", (5, 1)));
}
