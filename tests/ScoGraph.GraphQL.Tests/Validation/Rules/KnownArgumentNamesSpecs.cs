using ScoGraph.GraphQL.Validation.Rules;

namespace ScoGraph.GraphQL.Tests.Validation.Rules;

/// <summary>5.4.1 Argument Names: <see cref="KnownArgumentNamesRule"/>, messages and locations as graphql-js 16 reports them.</summary>
public sealed class KnownArgumentNamesSpecs
{
    private static readonly KnownArgumentNamesRule Rule = new();

    [Fact]
    public void KnownFieldAndDirectiveArgumentsAreFine() =>
        ValidationHarness.ExpectValid(Rule, """
        { dog { doesKnowCommand(dogCommand: SIT) name @skip(if: true) } }
        """);

    [Fact]
    public void UnknownFieldArgumentsSuggestSimilarNames() =>
        ValidationHarness.ExpectErrors(Rule, """
        { dog { doesKnowCommand(dogcommand: SIT) isHouseTrained(unknown: true) } }
        """,
            ValidationHarness.Error("Unknown argument \"dogcommand\" on field \"Dog.doesKnowCommand\". Did you mean \"dogCommand\"?", (1, 25)),
            ValidationHarness.Error("Unknown argument \"unknown\" on field \"Dog.isHouseTrained\".", (1, 57)));

    [Fact]
    public void UnknownDirectiveArgumentsAreReportedOnce() =>
        ValidationHarness.ExpectErrors(Rule, """
        { dog { name @skip(iff: true, if: false) } }
        """,
            ValidationHarness.Error("Unknown argument \"iff\" on directive \"@skip\". Did you mean \"if\"?", (1, 20)));
}
