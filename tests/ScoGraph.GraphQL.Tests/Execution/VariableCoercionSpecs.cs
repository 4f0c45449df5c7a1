using System.Text.Json;
using ScoGraph.GraphQL.Types;
using static ScoGraph.GraphQL.Tests.Execution.ExecutionTestKit;

namespace ScoGraph.GraphQL.Tests.Execution;

/// <summary>Variables and arguments are coerced with graphql-js 16's rules and messages (expected outputs taken from graphql-js).</summary>
public class VariableCoercionSpecs
{
    private static readonly Schema EchoSchema = Schema("""
        enum Color { RED GREEN }
        input Point { x: Int!, y: Int = 7 }
        input Pick @oneOf { id: ID, name: String }
        type Query {
          int(v: Int): Int
          float(v: Float): Float
          id(v: ID): ID
          color(v: Color): Color
          ints(v: [Int]): [Int]
          point(v: Point): String
          pick(v: Pick): String
          withDefault(v: Int = 42): Int
          isPresent(v: Int): String
          required(v: Int!): Int
        }
        """);

    private static readonly Dictionary<string, object?> Root = Obj(
        ("int", Echo), ("float", Echo), ("id", Echo), ("color", Echo), ("ints", Echo), ("withDefault", Echo), ("required", Echo),
        ("point", Resolve(c => JsonSerializer.Serialize(c.Arguments["v"]))),
        ("pick", Resolve(c => JsonSerializer.Serialize(c.Arguments["v"]))),
        ("isPresent", Resolve(c => !c.HasArgument("v") ? "absent" : c.Arguments["v"] is null ? "null" : c.Arguments["v"]!.ToString())));

    private static FieldResolver Echo => Resolve(c => c.Arguments.GetValueOrDefault("v"));

    private static Task<string> Run(string query, params (string, object?)[] variables) =>
        Json(EchoSchema, query, Root, Vars(variables));

    [Fact]
    public async Task A_required_variable_that_was_not_provided_is_a_request_error_at_its_definition() =>
        Assert.Equal("""{"errors":[{"message":"Variable \"$v\" of required type \"Int!\" was not provided.","locations":[{"line":1,"column":7}]}]}""",
            await Run("query($v: Int!) { int(v: $v) }"));

    [Fact]
    public async Task Null_for_a_non_null_variable_is_refused() =>
        Assert.Equal("""{"errors":[{"message":"Variable \"$v\" of non-null type \"Int!\" must not be null.","locations":[{"line":1,"column":7}]}]}""",
            await Run("query($v: Int!) { int(v: $v) }", ("v", null)));

    [Fact]
    public async Task A_string_for_an_Int_is_refused_with_the_scalars_message() =>
        Assert.Equal("""{"errors":[{"message":"Variable \"$v\" got invalid value \"abc\"; Int cannot represent non-integer value: \"abc\"","locations":[{"line":1,"column":7}]}]}""",
            await Run("query($v: Int) { int(v: $v) }", ("v", "abc")));

    [Fact]
    public async Task An_Int_beyond_32_bits_is_refused() =>
        Assert.Equal("""{"errors":[{"message":"Variable \"$v\" got invalid value 2147483648; Int cannot represent non 32-bit signed integer value: 2147483648","locations":[{"line":1,"column":7}]}]}""",
            await Run("query($v: Int) { int(v: $v) }", ("v", 2147483648L)));

    [Fact]
    public async Task NaN_for_a_Float_is_refused() =>
        Assert.Equal("""{"errors":[{"message":"Variable \"$v\" got invalid value NaN; Float cannot represent non numeric value: NaN","locations":[{"line":1,"column":7}]}]}""",
            await Run("query($v: Float) { float(v: $v) }", ("v", double.NaN)));

    [Fact]
    public async Task An_ID_accepts_an_integer_and_answers_a_string() =>
        Assert.Equal("""{"data":{"id":"5"}}""", await Run("query($v: ID) { id(v: $v) }", ("v", 5)));

    [Fact]
    public async Task An_enum_variable_is_given_as_the_value_name_string() =>
        Assert.Equal("""{"data":{"color":"GREEN"}}""", await Run("query($v: Color) { color(v: $v) }", ("v", "GREEN")));

    [Fact]
    public async Task An_unknown_enum_name_is_refused_with_suggestions() =>
        Assert.Equal("""{"errors":[{"message":"Variable \"$v\" got invalid value \"GREN\"; Value \"GREN\" does not exist in \"Color\" enum. Did you mean the enum value \"GREEN\" or \"RED\"?","locations":[{"line":1,"column":7}]}]}""",
            await Run("query($v: Color) { color(v: $v) }", ("v", "GREN")));

    [Fact]
    public async Task A_string_literal_where_an_enum_is_expected_is_an_invalid_argument() =>
        Assert.Equal("""{"errors":[{"message":"Argument \"v\" has invalid value \"RED\".","locations":[{"line":1,"column":12}],"path":["color"]}],"data":{"color":null}}""",
            await Run("""{ color(v: "RED") }"""));

    [Fact]
    public async Task A_single_value_where_a_list_is_expected_is_a_list_of_one()
    {
        Assert.Equal("""{"data":{"ints":[5]}}""", await Run("query($v: [Int]) { ints(v: $v) }", ("v", 5)));
        Assert.Equal("""{"data":{"ints":[5]}}""", await Run("{ ints(v: 5) }"));
    }

    [Fact]
    public async Task Every_bad_list_item_is_reported_with_its_index() =>
        Assert.Equal(
            """{"errors":[{"message":"Variable \"$v\" got invalid value null at \"v[1]\"; Expected non-nullable type \"Int!\" not to be null.","locations":[{"line":1,"column":7}]},{"message":"Variable \"$v\" got invalid value \"x\" at \"v[2]\"; Int cannot represent non-integer value: \"x\"","locations":[{"line":1,"column":7}]}]}""",
            await Run("query($v: [Int!]) { ints(v: $v) }", ("v", new object?[] { 1, null, "x" })));

    [Fact]
    public async Task An_absent_variable_leaves_the_argument_absent_while_null_passes_null()
    {
        Assert.Equal("""{"data":{"isPresent":"absent"}}""", await Run("query($v: Int) { isPresent(v: $v) }"));
        Assert.Equal("""{"data":{"isPresent":"null"}}""", await Run("query($v: Int) { isPresent(v: $v) }", ("v", null)));
    }

    [Fact]
    public async Task An_argument_default_applies_when_the_variable_is_absent_but_not_when_it_is_null()
    {
        Assert.Equal("""{"data":{"withDefault":42}}""", await Run("query($v: Int) { withDefault(v: $v) }"));
        Assert.Equal("""{"data":{"withDefault":null}}""", await Run("query($v: Int) { withDefault(v: $v) }", ("v", null)));
    }

    [Fact]
    public async Task A_variable_default_applies_when_the_variable_is_absent() =>
        Assert.Equal("""{"data":{"int":3}}""", await Run("query($v: Int = 3) { int(v: $v) }"));

    [Fact]
    public async Task An_unknown_input_field_is_refused_with_suggestions() =>
        Assert.Equal("""{"errors":[{"message":"Variable \"$v\" got invalid value { x: 1, z: 2 }; Field \"z\" is not defined by type \"Point\". Did you mean \"x\" or \"y\"?","locations":[{"line":1,"column":7}]}]}""",
            await Run("query($v: Point) { point(v: $v) }", ("v", Obj(("x", 1), ("z", 2)))));

    [Fact]
    public async Task A_missing_required_input_field_is_refused() =>
        Assert.Equal("""{"errors":[{"message":"Variable \"$v\" got invalid value {}; Field \"x\" of required type \"Int!\" was not provided.","locations":[{"line":1,"column":7}]}]}""",
            await Run("query($v: Point) { point(v: $v) }", ("v", Obj())));

    [Fact]
    public async Task A_bad_nested_value_names_its_path_inside_the_variable() =>
        Assert.Equal("""{"errors":[{"message":"Variable \"$v\" got invalid value \"a\" at \"v.x\"; Int cannot represent non-integer value: \"a\"","locations":[{"line":1,"column":7}]}]}""",
            await Run("query($v: Point) { point(v: $v) }", ("v", Obj(("x", "a")))));

    [Fact]
    public async Task Input_field_defaults_are_applied_and_explicit_nulls_kept()
    {
        Assert.Equal("""{"data":{"point":"{\"x\":1,\"y\":7}"}}""", await Run("query($v: Point) { point(v: $v) }", ("v", Obj(("x", 1)))));
        Assert.Equal("""{"data":{"point":"{\"x\":1,\"y\":null}"}}""", await Run("{ point(v: {x: 1, y: null}) }"));
    }

    [Fact]
    public async Task A_oneOf_input_needs_exactly_one_non_null_field()
    {
        Assert.Equal("""{"errors":[{"message":"Variable \"$v\" got invalid value { id: \"1\", name: \"x\" }; Exactly one key must be specified for OneOf type \"Pick\".","locations":[{"line":1,"column":7}]}]}""",
            await Run("query($v: Pick) { pick(v: $v) }", ("v", Obj(("id", "1"), ("name", "x")))));
        Assert.Equal("""{"errors":[{"message":"Variable \"$v\" got invalid value null at \"v.id\"; Field \"id\" must be non-null.","locations":[{"line":1,"column":7}]}]}""",
            await Run("query($v: Pick) { pick(v: $v) }", ("v", Obj(("id", null)))));
        Assert.Equal("""{"data":{"pick":"{\"id\":\"1\"}"}}""", await Run("query($v: Pick) { pick(v: $v) }", ("v", Obj(("id", 1)))));
    }

    [Fact]
    public async Task A_required_argument_fed_by_a_missing_variable_is_a_field_error() =>
        Assert.Equal("""{"errors":[{"message":"Argument \"v\" of required type \"Int!\" was provided the variable \"$v\" which was not provided a runtime value.","locations":[{"line":1,"column":30}],"path":["required"]}],"data":{"required":null}}""",
            await Run("query($v: Int) { required(v: $v) }"));

    [Fact]
    public async Task A_missing_required_argument_is_a_field_error_at_the_field() =>
        Assert.Equal("""{"errors":[{"message":"Argument \"v\" of required type \"Int!\" was not provided.","locations":[{"line":1,"column":3}],"path":["required"]}],"data":{"required":null}}""",
            await Run("{ required }"));

    [Fact]
    public async Task A_null_variable_for_a_required_argument_is_a_field_error() =>
        Assert.Equal("""{"errors":[{"message":"Argument \"v\" of non-null type \"Int!\" must not be null.","locations":[{"line":1,"column":30}],"path":["required"]}],"data":{"required":null}}""",
            await Run("query($v: Int) { required(v: $v) }", ("v", null)));

    [Fact]
    public async Task A_missing_variable_inside_an_input_literal_makes_the_argument_invalid() =>
        Assert.Equal("""{"errors":[{"message":"Argument \"v\" has invalid value {x: $v}.","locations":[{"line":1,"column":27}],"path":["point"]}],"data":{"point":null}}""",
            await Run("query($v: Int) { point(v: {x: $v}) }"));

    [Fact]
    public async Task At_most_fifty_variable_errors_are_reported()
    {
        var result = await Execute(EchoSchema, "query($v: [Int]) { ints(v: $v) }", Root,
            Vars(("v", Enumerable.Range(0, 80).Select(i => (object?)$"x{i}").ToArray())));

        Assert.False(result.HasData);
        Assert.Equal(51, result.Errors!.Count);
        Assert.Equal("Too many errors processing variables, error limit reached. Execution aborted.", result.Errors[^1].Message);
    }

    [Fact]
    public async Task Raw_JSON_variable_values_are_read_as_JSON_parse_would_read_them()
    {
        using var json = JsonDocument.Parse("""{"x": 1.0, "y": null}""");
        Assert.Equal("""{"data":{"point":"{\"x\":1,\"y\":null}"}}""", await Run("query($v: Point) { point(v: $v) }", ("v", json.RootElement.Clone())));
    }
}
