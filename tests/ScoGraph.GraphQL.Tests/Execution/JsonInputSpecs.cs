using System.Text.Json;
using ScoGraph.GraphQL.Execution;

namespace ScoGraph.GraphQL.Tests.Execution;

public class JsonInputSpecs
{
    private static object? Read(string json)
    {
        using var document = JsonDocument.Parse(json);
        return JsonInput.ToObject(document.RootElement);
    }

    [Theory]
    [InlineData("1", 1)]
    [InlineData("-2147483648", int.MinValue)]
    [InlineData("1.0", 1)]
    [InlineData("1e3", 1000)]
    public void Integral_numbers_that_fit_become_ints_as_javascript_sees_them(string json, int expected) =>
        Assert.Equal(expected, Assert.IsType<int>(Read(json)));

    [Fact]
    public void Integers_beyond_32_bits_become_longs_so_the_Int_scalar_can_report_them() =>
        Assert.Equal(2147483648L, Assert.IsType<long>(Read("2147483648")));

    [Fact]
    public void Integers_beyond_2_to_the_53_become_the_double_javascript_would_see() =>
        Assert.Equal(9007199254740993d, Assert.IsType<double>(Read("9007199254740993")));

    [Theory]
    [InlineData("1.5", 1.5)]
    [InlineData("0.1", 0.1)]
    [InlineData("-1e-7", -1e-7)]
    [InlineData("1e400", double.PositiveInfinity)]
    public void Fractions_become_doubles(string json, double expected) =>
        Assert.Equal(expected, Assert.IsType<double>(Read(json)));

    [Fact]
    public void Objects_lists_strings_booleans_and_null_keep_their_shape()
    {
        var value = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(
            Read("""{"a":"x","b":[true,false,null],"c":{"d":null},"a":"last"}"""));

        Assert.Equal("last", value["a"]);
        Assert.Equal(new object?[] { true, false, null }, Assert.IsType<object?[]>(value["b"]));
        var inner = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(value["c"]);
        Assert.True(inner.ContainsKey("d"));
        Assert.Null(inner["d"]);
    }

    [Fact]
    public void A_missing_or_null_variables_object_reads_as_no_variables()
    {
        using var document = JsonDocument.Parse("null");
        Assert.Null(JsonInput.ToDictionaryOrNull(document.RootElement));
    }
}
