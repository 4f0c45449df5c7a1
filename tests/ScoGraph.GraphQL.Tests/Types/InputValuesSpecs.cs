using System.Text.Json;
using ScoGraph.GraphQL.Language;
using ScoGraph.GraphQL.Types;
using ScoGraph.GraphQL.Utilities;

namespace ScoGraph.GraphQL.Tests.TypeSystem;

/// <summary>Literals to values and back, compared with graphql-js's <c>valueFromAST</c> + <c>astFromValue</c>.</summary>
public class InputValuesSpecs
{
    private const string Sdl = """
        enum Color { RED GREEN }
        input Point { x: Int! y: Int = 0 label: String color: Color = RED }
        input Choice @oneOf { a: Int b: String }
        type Query { f(a: Int, b: Float, c: ID, d: Choice): Int }
        """;

    private static readonly (string Type, string Literal)[] Cases =
    [
        ("Int", "1"), ("Int", "1.5"), ("Int", "\"1\""), ("Int", "null"), ("Int!", "null"), ("Float", "1"), ("Float", "1.25e2"),
        ("Float", "0.000001"), ("Float", "1e21"), ("String", "\"a\\nb\""), ("String", "\"\"\"block\"\"\""), ("ID", "7"),
        ("ID", "\"7\""), ("ID", "\"x7\""), ("Boolean", "true"), ("Color", "RED"), ("Color", "\"RED\""), ("Color", "BLUE"),
        ("[Int]", "1"), ("[Int]", "[1, null, 3]"), ("[Int!]", "[1, null]"), ("[[Int]]", "[[1], 2]"), ("[Color!]!", "[GREEN]"),
        ("Point", "{x: 1}"), ("Point", "{y: 2}"), ("Point", "{x: 1, label: null, color: GREEN}"), ("Point", "{x: 1, z: 3}"),
        ("[Point]", "{x: 5}"), ("Choice", "{a: 1}"), ("Choice", "{a: 1, b: \"x\"}"), ("Choice", "{a: null}"), ("Choice", "{}"),
    ];

    [Fact]
    public void Literals_coerce_and_print_back_as_graphql_js_does()
    {
        var expected = JsonSerializer.Deserialize<string?[]>(GraphQLJs.RunScript($$"""
            const g = require('graphql');
            const schema = g.buildSchema({{JsonSerializer.Serialize(Sdl)}});
            out(JSON.stringify({{JsonSerializer.Serialize(Cases.Select(c => new[] { c.Type, c.Literal }))}}.map(([t, l]) => {
              const type = g.typeFromAST(schema, g.parseType(t));
              const value = g.valueFromAST(g.parseValue(l), type);
              if (value === undefined) return null;
              const ast = g.astFromValue(value, type);
              return ast ? g.print(ast) : 'undefined';
            })));
            """))!;

        var schema = SchemaBuilder.FromSdl(Sdl).Build();
        var actual = Cases.Select(c =>
        {
            var type = schema.GetTypeFromAst(Parser.ParseType(c.Type))!;
            if (!InputValues.TryValueFromAst(Parser.ParseValue(c.Literal), type, null, out var value)) return null;
            var ast = InputValues.AstFromValue(value, type);
            return ast is null ? "undefined" : ValueLiteralPrinter.Print(ast);
        }).ToArray();

        var mismatches = Cases.Select((c, i) => (c, i)).Where(x => expected[x.i] != actual[x.i])
            .Select(x => $"{x.c.Type} {x.c.Literal}: graphql-js {expected[x.i] ?? "invalid"} | ours {actual[x.i] ?? "invalid"}");
        Assert.Empty(mismatches);
    }

    [Fact]
    public void Variables_inside_literals_take_their_coerced_values_and_missing_ones_count_as_absent()
    {
        var schema = SchemaBuilder.FromSdl(Sdl).Build();
        var point = schema.GetType("Point")!;
        var variables = new Dictionary<string, object?> { ["x"] = 4, ["n"] = null };
        Assert.True(InputValues.TryValueFromAst(Parser.ParseValue("{x: $x, y: $missing}"), point, variables, out var value));
        Assert.Equal(new Dictionary<string, object?> { ["x"] = 4, ["y"] = 0, ["color"] = "RED" }, value);
        Assert.False(InputValues.TryValueFromAst(Parser.ParseValue("{x: $n}"), point, variables, out _));
        Assert.True(InputValues.TryValueFromAst(Parser.ParseValue("[1, $missing]"), new ListType(ScalarType.Int), variables, out var list));
        Assert.Equal(new object?[] { 1, null }, list);
    }

    [Fact]
    public void A_default_that_refers_to_itself_does_not_recurse_forever()
    {
        // graphql-js overflows its stack on this schema; we build it and treat the inner default as absent.
        var schema = SchemaBuilder.FromSdl("input A { b: A = {} } type Query { a(x: A = {}): Int }").Build();
        Assert.Equal("type Query {\n  a(x: A = {b: {}}): Int\n}", SchemaPrinter.PrintType(schema.QueryType!));
    }

    [Fact]
    public void The_printer_falls_back_to_the_sdl_literal_where_graphql_js_cannot_print_a_default()
    {
        var schema = SchemaBuilder.FromSdl("scalar Json type Query { a(j: Json = {a: [1, \"x\"]}): Int }").Build();
        Assert.Equal("type Query {\n  a(j: Json = {a: [1, \"x\"]}): Int\n}", SchemaPrinter.PrintType(schema.QueryType!));
    }

    [Fact]
    public void Type_predicates_and_comparators_follow_the_spec()
    {
        var schema = SchemaBuilder.FromSdl("""
            interface I { a: Int } type A implements I { a: Int } type B { a: Int } union U = A | B
            input In { a: Int } enum E { X } type Query { i: I u: U }
            """).Build();
        IGraphQLType T(string text) => schema.GetTypeFromAst(Parser.ParseType(text))!;

        Assert.True(T("[In!]").IsInputType());
        Assert.False(T("[A]").IsInputType());
        Assert.True(T("E").IsOutputType() && T("E").IsInputType() && T("E").IsLeafType());
        Assert.Equal("A", T("[[A!]]!").GetNamedType().Name);
        Assert.True(T("U").IsAbstractType() && T("U").IsCompositeType() && !T("In").IsCompositeType());

        Assert.True(TypeComparators.IsTypeSubTypeOf(schema, T("A!"), T("I")));
        Assert.True(TypeComparators.IsTypeSubTypeOf(schema, T("[A!]!"), T("[I]")));
        Assert.False(TypeComparators.IsTypeSubTypeOf(schema, T("[A]"), T("[I!]")));
        Assert.False(TypeComparators.IsTypeSubTypeOf(schema, T("B"), T("I")));
        Assert.True(TypeComparators.IsTypeSubTypeOf(schema, T("B"), T("U")));
        Assert.False(TypeComparators.IsTypeSubTypeOf(schema, T("A"), T("[A]")));

        Assert.True(TypeComparators.DoTypesOverlap(schema, T("I"), T("U")));
        Assert.True(TypeComparators.DoTypesOverlap(schema, T("B"), T("U")));
        Assert.False(TypeComparators.DoTypesOverlap(schema, T("B"), T("I")));
        Assert.False(TypeComparators.DoTypesOverlap(schema, T("A"), T("B")));
    }
}
