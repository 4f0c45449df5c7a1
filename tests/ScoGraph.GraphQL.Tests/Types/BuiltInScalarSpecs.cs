using System.Text.Json;
using ScoGraph.GraphQL.Execution;
using ScoGraph.GraphQL.Language;
using ScoGraph.GraphQL.Types;

namespace ScoGraph.GraphQL.Tests.TypeSystem;

/// <summary>The built-in scalars and enums coerce exactly as graphql-js 16 does, errors word for word.</summary>
public class BuiltInScalarSpecs
{
    private static readonly string[] JsonInputs =
    [
        "0", "1", "-1", "1.0", "1.5", "-0.5", "2147483647", "2147483648", "-2147483648", "-2147483649", "1e3", "1e100",
        "9007199254740993", "\"\"", "\"1\"", "\"1.5\"", "\" 12 \"", "\"0x1F\"", "\"abc\"", "\"Infinity\"", "true", "false",
        "null", "[1]", "{\"a\":1}", "[]", "{}",
    ];

    private static readonly string[] Literals =
    [
        "1", "-1", "0", "2147483647", "2147483648", "-2147483649", "99999999999999999999", "1.5", "1e3", "-0.0", "\"x\"",
        "\"\"\"block\"\"\"", "\"4\"", "true", "false", "null", "RED", "[1, 2]", "{a: 1}", "{a: {b: [1, {c: \"d\"}]}}",
    ];

    private static readonly string[] Scalars = ["Int", "Float", "String", "Boolean", "ID"];

    public static TheoryData<string> ScalarNames => new(Scalars);

    [Theory]
    [MemberData(nameof(ScalarNames))]
    public void Variable_values_coerce_like_graphql_js_parseValue(string scalar) =>
        Compare(scalar, "parseValue", JsonInputs, json => ScalarType(scalar).ParseValue(JsonInput.ToObject(JsonDocument.Parse(json).RootElement)));

    [Theory]
    [MemberData(nameof(ScalarNames))]
    public void Resolver_values_serialize_like_graphql_js_serialize(string scalar) =>
        Compare(scalar, "serialize", JsonInputs, json => ScalarType(scalar).Serialize(JsonInput.ToObject(JsonDocument.Parse(json).RootElement)));

    [Theory]
    [MemberData(nameof(ScalarNames))]
    public void Literals_coerce_like_graphql_js_parseLiteral(string scalar) =>
        Compare(scalar, "parseLiteral", Literals, literal => ScalarType(scalar).ParseLiteral(Parser.ParseValue(literal)));

    [Fact]
    public void Enum_values_coerce_like_graphql_js()
    {
        var enumType = SchemaBuilder.FromSdl("enum Color { RED GREEN BLUE dark_red } type Query { c: Color }").Build().GetType<EnumType>("Color")!;
        CompareEnum("parseLiteral", Literals.Concat(["GREEN", "Red", "red", "BLU", "dark_red", "DARK_RED"]).ToArray(),
            literal => enumType.ParseLiteral(Parser.ParseValue(literal)));
        CompareEnum("parseValue", JsonInputs.Concat(["\"GREEN\"", "\"Red\"", "\"BLU\"", "\"dark_red\""]).ToArray(),
            json => enumType.ParseValue(JsonInput.ToObject(JsonDocument.Parse(json).RootElement)));
        CompareEnum("serialize", ["\"RED\"", "\"GREEN\"", "\"red\"", "1", "null", "true"],
            json => enumType.Serialize(JsonInput.ToObject(JsonDocument.Parse(json).RootElement)));
    }

    [Fact]
    public void Int_overflow_names_the_value()
    {
        var error = Assert.Throws<GraphQLCoercionException>(() => ScoGraph.GraphQL.Types.ScalarType.Int.ParseLiteral(new ScoGraph.GraphQL.Language.Ast.IntValueNode("2147483648")));
        Assert.Equal("Int cannot represent non 32-bit signed integer value: 2147483648", error.Message);
        Assert.Equal("Int cannot represent non 32-bit signed integer value: 2147483648",
            Assert.Throws<GraphQLCoercionException>(() => ScoGraph.GraphQL.Types.ScalarType.Int.ParseValue(2147483648L)).Message);
    }

    [Fact]
    public void Float_refuses_NaN_and_infinities()
    {
        Assert.Equal("Float cannot represent non numeric value: NaN",
            Assert.Throws<GraphQLCoercionException>(() => ScoGraph.GraphQL.Types.ScalarType.Float.ParseValue(double.NaN)).Message);
        Assert.Equal("Float cannot represent non numeric value: Infinity",
            Assert.Throws<GraphQLCoercionException>(() => ScoGraph.GraphQL.Types.ScalarType.Float.Serialize(double.PositiveInfinity)).Message);
        Assert.Equal("Int cannot represent non-integer value: -Infinity",
            Assert.Throws<GraphQLCoercionException>(() => ScoGraph.GraphQL.Types.ScalarType.Int.Serialize(double.NegativeInfinity)).Message);
    }

    [Fact]
    public void ID_accepts_integers_and_strings_and_serializes_them_as_strings()
    {
        Assert.Equal("4", ScoGraph.GraphQL.Types.ScalarType.ID.ParseValue(4));
        Assert.Equal("4", ScoGraph.GraphQL.Types.ScalarType.ID.ParseLiteral(new ScoGraph.GraphQL.Language.Ast.IntValueNode("4")));
        Assert.Equal("12345678901", ScoGraph.GraphQL.Types.ScalarType.ID.Serialize(12345678901L));
        Assert.Equal("ID cannot represent value: 1.5",
            Assert.Throws<GraphQLCoercionException>(() => ScoGraph.GraphQL.Types.ScalarType.ID.ParseValue(1.5)).Message);
    }

    private static ScalarType ScalarType(string name) => name switch
    {
        "Int" => ScoGraph.GraphQL.Types.ScalarType.Int,
        "Float" => ScoGraph.GraphQL.Types.ScalarType.Float,
        "String" => ScoGraph.GraphQL.Types.ScalarType.String,
        "Boolean" => ScoGraph.GraphQL.Types.ScalarType.Boolean,
        _ => ScoGraph.GraphQL.Types.ScalarType.ID,
    };

    private static void Compare(string scalar, string method, string[] inputs, Func<string, object?> ours)
    {
        var argument = method == "parseLiteral" ? "parseValue(text)" : "JSON.parse(text)";
        var expected = GraphQLJs.RunScript($$"""
            const g = require('graphql'); const { parseValue } = g;
            const type = g.GraphQL{{scalar}};
            out(JSON.stringify({{JsonSerializer.Serialize(inputs)}}.map(text => {
              try { return { value: type.{{method}}({{argument}}) }; } catch (e) { return { error: e.message }; }
            })));
            """);
        AssertSameOutcomes(expected, inputs, ours);
    }

    private static void CompareEnum(string method, string[] inputs, Func<string, object?> ours)
    {
        var argument = method == "parseLiteral" ? "parseValue(text)" : "JSON.parse(text)";
        var expected = GraphQLJs.RunScript($$"""
            const g = require('graphql'); const { parseValue } = g;
            const type = g.buildSchema('enum Color { RED GREEN BLUE dark_red } type Query { c: Color }').getType('Color');
            out(JSON.stringify({{JsonSerializer.Serialize(inputs)}}.map(text => {
              try { return { value: type.{{method}}({{argument}}) }; } catch (e) { return { error: e.message }; }
            })));
            """);
        AssertSameOutcomes(expected, inputs, ours);
    }

    /// <summary>JSON.stringify's text for the scalar results (numbers as JavaScript prints them).</summary>
    private static string JsonLike(object? value) => value switch
    {
        double d => JavaScriptNumber.Format(d),
        string text => JsonSerializer.Serialize(text, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }),
        _ => JsonSerializer.Serialize(value),
    };

    private static void AssertSameOutcomes(string expectedJson, string[] inputs, Func<string, object?> ours)
    {
        var expected = JsonDocument.Parse(expectedJson).RootElement.EnumerateArray().ToArray();
        var mismatches = new List<string>();
        for (var i = 0; i < inputs.Length; i++)
        {
            string actual;
            try { actual = "value " + JsonLike(ours(inputs[i])); }
            catch (GraphQLCoercionException e) { actual = "error " + e.Message; }
            var want = expected[i].TryGetProperty("error", out var error)
                ? "error " + error.GetString()
                : "value " + (expected[i].TryGetProperty("value", out var value) ? value.GetRawText() : "undefined");
            if (want != actual) mismatches.Add($"{inputs[i]}: graphql-js {want} | ours {actual}");
        }
        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
    }
}
