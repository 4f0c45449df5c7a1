using ScoGraph.GraphQL.Types;
using ScoGraph.GraphQL.Utilities;

namespace ScoGraph.GraphQL.Tests.TypeSystem;

public class SchemaPrinterSpecs
{
    /// <summary>graphql-js's printSchema throws on an object default of a custom scalar, so the printer specs use a string there.</summary>
    private static readonly string PrintableKitchenSink =
        SampleSchemas.KitchenSink.Replace("json: Json = {a: [1, 2.5, \"x\"]}", "json: Json = \"raw\"", StringComparison.Ordinal);

    public static TheoryData<string> Documents => new()
    {
        PrintableKitchenSink,
        "type Query { hello: String }",
        "schema { query: Q } type Q { a: Int }",
        "schema { query: Query mutation: M } type Query { a: Int } type M { b: Int }",
        "\"described\" schema { query: Query } type Query { a: Int }",
        "type Query { a(x: Int = 1, y: [ID!] = 7, z: Float = 3, w: String = \"\"\"block\"\"\"): [Int!]! } type Mutation { m: Boolean } type Subscription { s: Float }",
        "type Query { \"\" a: Int \"  leading spaces\" b: Int \"trailing \\\\\" c: Int \"line\\nbreak\" d: Int \"has\\ttab\" e: Int \"quote \\\"\\\"\\\" inside\" f: Int }",
        "type Query { \"\"\"\n  indented\n  both\n\"\"\" a: Int \"ends with quote\\\"\" b: Int \"\\u0007bell\" c: Int \"cr\\r\\nlf\" d: Int }",
        "type Query { a(\"first\" x: Int, y: Int \"third\" z: Int = 3): Int }",
        "enum E { \"one\" A \"two\" B C } input I { \"f\" a: E = A b: [E] = [A, B] } type Query { e(i: I = {a: B}): E }",
        "interface A { a: Int } interface B implements A { a: Int b: Int } type Query implements B & A { a: Int b: Int } union U = Query",
        "scalar S @specifiedBy(url: \"https://example.com/\\\"s\\\"\") directive @d(a: [S] = [\"x\"]) repeatable on FIELD | ENUM_VALUE type Query { s: S }",
        "input O @oneOf { a: Int b: String } type Query { o(o: O): Int }",
        "type Query { a: Int @deprecated b: Int @deprecated(reason: \"No longer supported\") c: Int @deprecated(reason: \"because\\nreasons\") }",
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void Printing_a_built_schema_gives_what_graphql_js_printSchema_gives(string sdl) =>
        Assert.Equal(GraphQLJs.PrintSchema(sdl), SchemaPrinter.Print(SchemaBuilder.FromSdl(sdl).Build()));

    [Theory]
    [MemberData(nameof(Documents))]
    public void A_printed_schema_builds_back_to_the_same_print(string sdl)
    {
        var printed = SchemaPrinter.Print(SchemaBuilder.FromSdl(sdl).Build());
        Assert.Equal(printed, SchemaPrinter.Print(SchemaBuilder.FromSdl(printed).Build()));
    }

    [Fact]
    public void The_introspection_schema_prints_the_built_in_directives_and_introspection_types()
    {
        var printed = SchemaPrinter.PrintIntrospectionSchema(SchemaBuilder.FromSdl("type Query { a: Int }").Build());
        Assert.StartsWith("\"\"\"\nDirects the executor to include this field or fragment only when the `if` argument is true.\n\"\"\"\ndirective @include(", printed);
        Assert.Contains("directives(includeDeprecated: Boolean! = false): [__Directive!]!", printed);
        Assert.Contains("  DIRECTIVE_DEFINITION\n}", printed);
    }

    [Fact]
    public void The_built_in_descriptions_match_graphql_js_introspection_schema()
    {
        // printIntrospectionSchema output contains every built-in description; compare the whole text.
        var expected = GraphQLJsIntrospectionSchema();
        Assert.Equal(expected, SchemaPrinter.PrintIntrospectionSchema(SchemaBuilder.FromSdl("type Query { a: Int }").Build()));
    }

    private static string GraphQLJsIntrospectionSchema() => GraphQLJs.RunScript("""
        const { buildSchema, printIntrospectionSchema } = require('graphql');
        out(printIntrospectionSchema(buildSchema('type Query { a: Int }')));
        """);

    [Fact]
    public void The_introspection_queries_are_graphql_js_getIntrospectionQuery_text()
    {
        string text = IntrospectionQuery.Text, full = IntrospectionQuery.Full;
        Assert.Equal(GraphQLJs.RunScript("out(require('graphql').getIntrospectionQuery());"), text);
        Assert.Equal(GraphQLJs.RunScript("""
            out(require('graphql').getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true,
              schemaDescription: true, inputValueDeprecation: true, oneOf: true }));
            """), full);
    }
}
