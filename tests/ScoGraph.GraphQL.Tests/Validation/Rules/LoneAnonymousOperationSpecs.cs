using ScoGraph.GraphQL.Validation.Rules;

namespace ScoGraph.GraphQL.Tests.Validation.Rules;

/// <summary>5.2.2.1 Lone Anonymous Operation: <see cref="LoneAnonymousOperationRule"/>, messages and locations as graphql-js 16 reports them.</summary>
public sealed class LoneAnonymousOperationSpecs
{
    private static readonly LoneAnonymousOperationRule Rule = new();

    [Fact]
    public void ASingleAnonymousOperationIsFine() =>
        ValidationHarness.ExpectValid(Rule, """
        { dog { name } }
        fragment F on Dog { name }
        """);

    [Fact]
    public void EveryAnonymousOperationAmongSeveralIsReported() =>
        ValidationHarness.ExpectErrors(Rule, """
        { dog { name } }
        query Named { dog { name } }
        { cat { name } }
        """,
            ValidationHarness.Error("This anonymous operation must be the only defined operation.", (1, 1)),
            ValidationHarness.Error("This anonymous operation must be the only defined operation.", (3, 1)));
}
