using ScoGraph.GraphQL.Validation.Rules;

namespace ScoGraph.GraphQL.Tests.Validation.Rules;

/// <summary>graphql-js recommended rule (not in the spec): <see cref="MaxIntrospectionDepthRule"/>, messages and locations as graphql-js 16 reports them.</summary>
public sealed class MaxIntrospectionDepthSpecs
{
    private static readonly MaxIntrospectionDepthRule Rule = new();

    [Fact]
    public void OrdinaryIntrospectionIsFine() =>
        ValidationHarness.ExpectValid(Rule, """
        { __schema { types { fields { type { name } } interfaces { name } } } }
        """);

    [Fact]
    public void ThreeNestedListFieldsAreReportedAtTheRootField() =>
        ValidationHarness.ExpectErrors(Rule, """
        { __schema { types { fields { type { fields { type { fields { name } } } } } } } }
        """,
            ValidationHarness.Error("Maximum introspection depth exceeded", (1, 3)));

    [Fact]
    public void DepthThroughFragmentsCountsToo() =>
        ValidationHarness.ExpectErrors(Rule, """
        { __type(name: "Dog") { ...A } }
        fragment A on __Type { fields { type { ...B } } }
        fragment B on __Type { interfaces { possibleTypes { name } } }
        """,
            ValidationHarness.Error("Maximum introspection depth exceeded", (1, 3)));
}
