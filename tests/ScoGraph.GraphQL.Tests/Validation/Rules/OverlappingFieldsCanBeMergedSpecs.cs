using ScoGraph.GraphQL.Validation.Rules;

namespace ScoGraph.GraphQL.Tests.Validation.Rules;

/// <summary>5.3.2 Field Selection Merging: <see cref="OverlappingFieldsCanBeMergedRule"/>, messages and locations as graphql-js 16 reports them.</summary>
public sealed class OverlappingFieldsCanBeMergedSpecs
{
    private static readonly OverlappingFieldsCanBeMergedRule Rule = new();

    [Fact]
    public void IdenticalFieldsDistinctAliasesAndFieldsOfExclusiveObjectTypesAreFine() =>
        ValidationHarness.ExpectValid(Rule, """
        { dog { name name nick: nickname doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: SIT) } }
        { catOrDog { ... on Dog { x: name } ... on Cat { x: nickname } } }
        """);

    [Fact]
    public void DifferentFieldsUnderOneResponseNameAreReported() =>
        ValidationHarness.ExpectErrors(Rule, """
        { dog { name: nickname name } }
        """,
            ValidationHarness.Error("Fields \"name\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (1, 9), (1, 24)));

    [Fact]
    public void DifferentArgumentsAreReported() =>
        ValidationHarness.ExpectErrors(Rule, """
        { dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: HEEL) } }
        """,
            ValidationHarness.Error("Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (1, 9), (1, 42)));

    [Fact]
    public void ConflictingReturnTypesAreReportedEvenOnExclusiveTypes() =>
        ValidationHarness.ExpectErrors(Rule, """
        { catOrDog { ... on Dog { x: barkVolume } ... on Cat { x: nickname } } }
        """,
            ValidationHarness.Error("Fields \"x\" conflict because they return conflicting types \"Int\" and \"String\". Use different aliases on the fields to fetch both if this was intentional.", (1, 27), (1, 56)));

    [Fact]
    public void ConflictsInSubSelectionsAndFragmentsAreReportedFromTheOutermostField() =>
        ValidationHarness.ExpectErrors(Rule, """
        { dog { mother { name } ...F } }
        fragment F on Dog { mother { name: nickname } }
        """,
            ValidationHarness.Error("Fields \"mother\" conflict because subfields \"name\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (1, 9), (1, 18), (2, 21), (2, 30)));
}
