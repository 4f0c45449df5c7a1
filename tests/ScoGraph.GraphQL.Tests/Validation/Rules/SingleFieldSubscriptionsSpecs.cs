using ScoGraph.GraphQL.Validation.Rules;

namespace ScoGraph.GraphQL.Tests.Validation.Rules;

/// <summary>5.2.3.1 Single Root Field: <see cref="SingleFieldSubscriptionsRule"/>, messages and locations as graphql-js 16 reports them.</summary>
public sealed class SingleFieldSubscriptionsSpecs
{
    private static readonly SingleFieldSubscriptionsRule Rule = new();

    [Fact]
    public void OneRootFieldAlsoWhenSpreadFromAFragmentOrSkippedIsFine() =>
        ValidationHarness.ExpectValid(Rule, """
        subscription S { ...F newCat @skip(if: true) { name } }
        fragment F on SubscriptionRoot { newDog { name } }
        """);

    [Fact]
    public void ExtraRootFieldsAreReportedTogetherAfterCollectingFragments() =>
        ValidationHarness.ExpectErrors(Rule, """
        subscription Emails {
          newDog { name }
          ...F
        }
        fragment F on SubscriptionRoot { newCat { name } other: newCat { name } }
        """,
            ValidationHarness.Error("Subscription \"Emails\" must select only one top level field.", (5, 34), (5, 50)));

    [Fact]
    public void IntrospectionRootFieldsAreReportedForAnonymousSubscriptionsToo() =>
        ValidationHarness.ExpectErrors(Rule, """
        subscription { __typename }
        """,
            ValidationHarness.Error("Anonymous Subscription must not select an introspection top level field.", (1, 16)));
}
