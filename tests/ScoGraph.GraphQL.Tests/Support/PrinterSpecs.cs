using ScoGraph.GraphQL.Language;
using ScoGraph.GraphQL.Language.Ast;
using ScoGraph.GraphQL.Tests.Language;

namespace ScoGraph.GraphQL.Tests.Support;

public class PrinterSpecs
{
    private static string Reprint(string source) => Printer.Print(Parser.Parse(source));

    [Theory]
    [InlineData("query { a }", "{\n  a\n}")]
    [InlineData("query Q { a }", "query Q {\n  a\n}")]
    [InlineData("query @d { a }", "query @d {\n  a\n}")]
    [InlineData("query ($a: Int) { a }", "query ($a: Int) {\n  a\n}")]
    [InlineData("mutation { a }", "mutation {\n  a\n}")]
    [InlineData("{a,b{c d},e:f(x:1,y:[1,2],z:{a:B,b:null}) @skip(if:$v)}",
        "{\n  a\n  b {\n    c\n    d\n  }\n  e: f(x: 1, y: [1, 2], z: {a: B, b: null}) @skip(if: $v)\n}")]
    [InlineData("query Q($a: [Int!]! = [1] @d, $b: String) @o { ...F @x ... on T { a } ... @y { b } }",
        "query Q($a: [Int!]! = [1] @d, $b: String) @o {\n  ...F @x\n  ... on T {\n    a\n  }\n  ... @y {\n    b\n  }\n}")]
    [InlineData("fragment F on T @d { a }", "fragment F on T @d {\n  a\n}")]
    [InlineData("fragment F on T { a }", "fragment F on T {\n  a\n}")]
    [InlineData("{ a(s: \"quote \\\" slash \\\\ nl \\n tab \\t ctl \\u0001 del \\u007F c1 \\u0085 e \\u00E9\") }",
        "{\n  a(s: \"quote \\\" slash \\\\ nl \\n tab \\t ctl \\u0001 del \\u007F c1 \\u0085 e \u00E9\")\n}")]
    [InlineData("\"op\" query Q(\"v\" $a: Int, $b: Int) { a }", "\"op\"\nquery Q(\n\"v\"\n$a: Int\n$b: Int\n) {\n  a\n}")]
    [InlineData("{ a } { b }", "{\n  a\n}\n\n{\n  b\n}")]
    public void Executable_documents_print_like_graphql_js(string source, string expected)
    {
        Assert.Equal(expected, Reprint(source));
    }

    [Fact]
    public void Arguments_wrap_one_per_line_when_the_line_would_pass_80_characters()
    {
        var longLine = "{ field(argumentNumberOne: \"a fairly long value\", argumentNumberTwo: 123456789, third: true) }";
        Assert.Equal(
            "{\n  field(\n    argumentNumberOne: \"a fairly long value\"\n    argumentNumberTwo: 123456789\n    third: true\n  )\n}",
            Reprint(longLine));
        var shortLine = "{ field(a: 1, b: 2) }";
        Assert.Equal("{\n  field(a: 1, b: 2)\n}", Reprint(shortLine));
    }

    [Theory]
    [InlineData("type T implements A & B @d { f(a: Int = 1 @x, b: [S]): T! @deprecated(reason: \"r\") }",
        "type T implements A & B @d {\n  f(a: Int = 1 @x, b: [S]): T! @deprecated(reason: \"r\")\n}")]
    [InlineData("\"d\" scalar S @specifiedBy(url: \"u\")", "\"d\"\nscalar S @specifiedBy(url: \"u\")")]
    [InlineData("union U @d = | A | B", "union U @d = A | B")]
    [InlineData("enum E { \"x\" A @d B }", "enum E {\n  \"x\"\n  A @d\n  B\n}")]
    [InlineData("input I { a: Int = 1 @d, b: [I!] }", "input I {\n  a: Int = 1 @d\n  b: [I!]\n}")]
    [InlineData("directive @d(a: Int) repeatable on | FIELD | QUERY", "directive @d(a: Int) repeatable on FIELD | QUERY")]
    [InlineData("type T { f(\"doc\" a: Int, b: Int): Int }", "type T {\n  f(\n    \"doc\"\n    a: Int\n    b: Int\n  ): Int\n}")]
    [InlineData("schema @d { query: Q, mutation: M }", "schema @d {\n  query: Q\n  mutation: M\n}")]
    [InlineData("type T interface I union U enum E input In", "type T\n\ninterface I\n\nunion U\n\nenum E\n\ninput In")]
    [InlineData("extend schema @d extend scalar S @d extend type T implements I extend interface I @d " +
                "extend union U = A extend enum E { X } extend input In { a: Int }",
        "extend schema @d\n\nextend scalar S @d\n\nextend type T implements I\n\nextend interface I @d\n\n" +
        "extend union U = A\n\nextend enum E {\n  X\n}\n\nextend input In {\n  a: Int\n}")]
    [InlineData("\"\"\"\n  Multi\n    line\n\"\"\" type T { \"\"\"one line\"\"\" f: Int }",
        "\"\"\"\nMulti\n  line\n\"\"\"\ntype T {\n  \"\"\"one line\"\"\"\n  f: Int\n}")]
    public void Type_system_documents_print_like_graphql_js(string source, string expected)
    {
        Assert.Equal(expected, Reprint(source));
    }

    [Theory]
    [InlineData("", "\"\"\"\"\"\"")]
    [InlineData("simple", "\"\"\"simple\"\"\"")]
    [InlineData(" leading space", "\"\"\" leading space\"\"\"")]
    [InlineData("multi\nline", "\"\"\"\nmulti\nline\n\"\"\"")]
    [InlineData("has \"\"\" triple", "\"\"\"has \\\"\"\" triple\"\"\"")]
    [InlineData("ends with quote\"", "\"\"\"\nends with quote\"\n\"\"\"")]
    [InlineData("ends with slash\\", "\"\"\"\nends with slash\\\n\"\"\"")]
    [InlineData("first\n  indented", "\"\"\"\nfirst\n  indented\n\"\"\"")]
    [InlineData("    all\n    indented", "\"\"\"\n    all\n    indented\n\"\"\"")]
    public void Block_strings_print_like_graphql_js(string value, string expected)
    {
        Assert.Equal(expected, BlockString.Print(value));
    }

    [Theory]
    [InlineData("", true)]
    [InlineData("simple", true)]
    [InlineData("\nleading newline", false)]
    [InlineData("trailing newline\n", false)]
    [InlineData("  common\n  indent", false)]
    [InlineData("carriage\rreturn", false)]
    [InlineData("control \u0001", false)]
    [InlineData("shift out \u000E", false)]
    [InlineData("data link escape \u0010", true)]
    [InlineData("first\n  second", true)]
    public void Block_string_printability_matches_graphql_js(string value, bool printable)
    {
        Assert.Equal(printable, BlockString.IsPrintable(value));
    }

    public static TheoryData<string> RoundTripDocuments() =>
    [
        "query Q($a: Int = 1, $b: [String!]! = [\"x\"]) @d { a: b(c: $a) @skip(if: false) { ...F ... on T { d } } }",
        "fragment F on T { a(x: {a: [1, 2.5, \"s\", \"\"\"block \\\"\"\" \"\"\", true, null, ENUM]}) }",
        "subscription { s(input: {a: {b: {c: [[[1]]]}}}) }",
        "\"\"\"\n  doc\n   with indent\n\"\"\"\ntype T implements A & B @d(a: 1) { \"f\" f(a: Int = 1 @d): [T!]! @deprecated }",
        "interface I implements J & K { f: Int } union U = A | B enum E { A B @deprecated(reason: \"x\") }",
        "input In @oneOf { a: Int, b: String = \"d\" } scalar S @specifiedBy(url: \"https://x\") " +
            "directive @d(a: [Int] = [1]) repeatable on FIELD | OBJECT",
        "schema { query: Q } extend schema @a extend type T @a { g: Int } extend union U = C extend enum E { C } " +
            "extend input In { c: Int } extend scalar S @b extend interface I implements L",
        "{ veryLongFieldNameNumberOne(argumentOne: \"a long string value here\", argumentTwo: 1234567890, three: [1]) }",
        "\"op\" query Q(\"var\" $a: String = \"\"\"multi\nline\"\"\") { a } \"frag\" fragment G on T { b }",
        "{ a(s: \"\\u{1F600} \\uD83D\\uDE00 \\u0000 \\\" \\\\ \\/ \\b \\f \\n \\r \\t\") }",
    ];

    [Theory]
    [MemberData(nameof(RoundTripDocuments))]
    public void Printing_then_parsing_gives_back_the_same_document(string source)
    {
        var parsed = Parser.Parse(source);
        var printed = Printer.Print(parsed);
        var reparsed = Parser.Parse(printed);
        Assert.Null(AstEquivalence.FindDifference(parsed, reparsed));
        Assert.Equal(printed, Printer.Print(reparsed));
    }

    [Fact]
    public void Nodes_built_in_code_print_without_locations()
    {
        var field = new FieldNode(new NameNode("alias"), new NameNode("field"),
            [new ArgumentNode(new NameNode("x"), new ListValueNode([new IntValueNode("1"), new EnumValueNode("A")]))],
            [], null);
        Assert.Equal("alias: field(x: [1, A])", Printer.Print(field));
        Assert.Equal("[Int!]", Printer.Print(new ListTypeNode(new NonNullTypeNode(new NamedTypeNode(new NameNode("Int"))))));
    }
}
