using ScoGraph.GraphQL.Validation.Rules;

namespace ScoGraph.GraphQL.Tests.Validation.Rules;

/// <summary>5.5.2.2 Fragment Spreads Must Not Form Cycles: <see cref="NoFragmentCyclesRule"/>, messages and locations as graphql-js 16 reports them.</summary>
public sealed class NoFragmentCyclesSpecs
{
    private static readonly NoFragmentCyclesRule Rule = new();

    [Fact]
    public void FragmentsSpreadingOthersWithoutACycleAreFine() =>
        ValidationHarness.ExpectValid(Rule, """
        fragment A on Dog { ...B mother { ...B } }
        fragment B on Dog { name }
        """);

    [Fact]
    public void AFragmentSpreadingItselfIsReported() =>
        ValidationHarness.ExpectErrors(Rule, """
        fragment A on Dog { ...A }
        """,
            ValidationHarness.Error("Cannot spread fragment \"A\" within itself.", (1, 21)));

    [Fact]
    public void ALongerCycleIsReportedWithTheFragmentsItGoesThrough() =>
        ValidationHarness.ExpectErrors(Rule, """
        fragment A on Dog { ...B }
        fragment B on Dog { ...C }
        fragment C on Dog { mother { ...A } }
        """,
            ValidationHarness.Error("Cannot spread fragment \"A\" within itself via \"B\", \"C\".", (1, 21), (2, 21), (3, 30)));
}
