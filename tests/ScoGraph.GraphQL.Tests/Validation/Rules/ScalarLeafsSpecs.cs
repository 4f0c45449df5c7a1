using ScoGraph.GraphQL.Validation.Rules;

namespace ScoGraph.GraphQL.Tests.Validation.Rules;

/// <summary>5.3.3 Leaf Field Selections: <see cref="ScalarLeafsRule"/>, messages and locations as graphql-js 16 reports them.</summary>
public sealed class ScalarLeafsSpecs
{
    private static readonly ScalarLeafsRule Rule = new();

    [Fact]
    public void LeavesWithoutAndObjectsWithSelectionsAreFine() =>
        ValidationHarness.ExpectValid(Rule, """
        { dog { name barks } human { pets { name } } }
        """);

    [Fact]
    public void ObjectsNeedASelection() =>
        ValidationHarness.ExpectErrors(Rule, """
        { dog human { pets } }
        """,
            ValidationHarness.Error("Field \"dog\" of type \"Dog\" must have a selection of subfields. Did you mean \"dog { ... }\"?", (1, 3)),
            ValidationHarness.Error("Field \"pets\" of type \"[Pet]\" must have a selection of subfields. Did you mean \"pets { ... }\"?", (1, 15)));

    [Fact]
    public void LeavesMustNotHaveOne() =>
        ValidationHarness.ExpectErrors(Rule, """
        { dog { barks { sinceWhen } } }
        """,
            ValidationHarness.Error("Field \"barks\" must not have a selection since type \"Boolean\" has no subfields.", (1, 15)));
}
