using ScoGraph.GraphQL.Execution;

namespace ScoGraph.GraphQL.Tests.Execution;

public class ValueInspectorSpecs
{
    [Theory]
    [InlineData(1.0, "1")]
    [InlineData(1.5, "1.5")]
    [InlineData(-0.000001, "-0.000001")]
    [InlineData(0.0000001, "1e-7")]
    [InlineData(1e21, "1e+21")]
    [InlineData(1e20, "100000000000000000000")]
    [InlineData(123456789012.5, "123456789012.5")]
    [InlineData(1.7976931348623157e308, "1.7976931348623157e+308")]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.NegativeInfinity, "-Infinity")]
    public void Doubles_print_as_javascript_prints_numbers(double value, string expected) =>
        Assert.Equal(expected, JavaScriptNumber.Format(value));

    [Fact]
    public void Values_print_as_graphql_js_inspect_prints_them()
    {
        Assert.Equal("\"abc\"", ValueInspector.Inspect("abc"));
        Assert.Equal("\"a\\\"b\\n\"", ValueInspector.Inspect("a\"b\n"));
        Assert.Equal("null", ValueInspector.Inspect(null));
        Assert.Equal("true", ValueInspector.Inspect(true));
        Assert.Equal("[1, \"x\", null]", ValueInspector.Inspect(new object?[] { 1, "x", null }));
        Assert.Equal("{ a: 1, b: [] }", ValueInspector.Inspect(new Dictionary<string, object?> { ["a"] = 1, ["b"] = Array.Empty<object>() }));
        Assert.Equal("{}", ValueInspector.Inspect(new Dictionary<string, object?>()));
    }

    [Fact]
    public void Long_lists_and_deep_values_are_abbreviated_like_graphql_js()
    {
        Assert.Equal("[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, ... 2 more items]", ValueInspector.Inspect(Enumerable.Range(0, 12).Cast<object?>().ToArray()));
        Assert.Equal("[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, ... 1 more item]", ValueInspector.Inspect(Enumerable.Range(0, 11).Cast<object?>().ToArray()));
        var deep = new Dictionary<string, object?> { ["a"] = new Dictionary<string, object?> { ["b"] = new Dictionary<string, object?> { ["c"] = new Dictionary<string, object?> { ["d"] = 1 } } } };
        Assert.Equal("{ a: { b: [Object] } }", ValueInspector.Inspect(deep));
    }
}
