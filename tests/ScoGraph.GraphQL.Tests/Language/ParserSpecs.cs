using ScoGraph.GraphQL.Language;
using ScoGraph.GraphQL.Language.Ast;

namespace ScoGraph.GraphQL.Tests.Language;

public class ParserSpecs
{
    private static GraphQLSyntaxException ParseError(string source) =>
        Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(source));

    [Theory]
    [InlineData("", "Unexpected <EOF>.", 1, 1)]
    [InlineData("{", "Expected Name, found <EOF>.", 1, 2)]
    [InlineData("{ a b c", "Expected Name, found <EOF>.", 1, 8)]
    [InlineData("{}", "Expected Name, found \"}\".", 1, 2)]
    [InlineData("query", "Expected \"{\", found <EOF>.", 1, 6)]
    [InlineData("query Q() { a }", "Expected \"$\", found \")\".", 1, 9)]
    [InlineData("{ ...on }", "Expected Name, found \"}\".", 1, 9)]
    [InlineData("{ ... }", "Expected \"{\", found \"}\".", 1, 7)]
    [InlineData("{ a(b:) }", "Unexpected \")\".", 1, 7)]
    [InlineData("{ a: }", "Expected Name, found \"}\".", 1, 6)]
    [InlineData("{ a }}", "Unexpected \"}\".", 1, 6)]
    [InlineData("notAnOperation Foo { field }", "Unexpected Name \"notAnOperation\".", 1, 1)]
    [InlineData("...", "Unexpected \"...\".", 1, 1)]
    [InlineData("{ \"\"", "Expected Name, found String \"\".", 1, 3)]
    [InlineData("fragment on on T { a }", "Unexpected Name \"on\".", 1, 10)]
    [InlineData("fragment F T { a }", "Expected \"on\", found Name \"T\".", 1, 12)]
    [InlineData("query Q($a: Int = $b) { a }", "Unexpected variable \"$b\" in constant value.", 1, 19)]
    [InlineData("query Q($a: Int = [1, $b]) { a }", "Unexpected variable \"$b\" in constant value.", 1, 23)]
    [InlineData("query Q($a: Int = $) { a }", "Unexpected \"$\".", 1, 19)]
    [InlineData("query Q($a: Int!!) { a }", "Expected \"$\", found \"!\".", 1, 17)]
    [InlineData("query Q($a: [Int) { a }", "Expected \"]\", found \")\".", 1, 17)]
    [InlineData("\"desc\" { a }", "Unexpected description, descriptions are not supported on shorthand queries.", 1, 1)]
    [InlineData("\"desc\" extend type T @d", "Unexpected description, only GraphQL definitions support descriptions.", 1, 1)]
    [InlineData("extend foo", "Unexpected Name \"foo\".", 1, 8)]
    [InlineData("extend schema", "Unexpected <EOF>.", 1, 14)]
    [InlineData("extend type T", "Unexpected <EOF>.", 1, 14)]
    [InlineData("extend scalar S", "Unexpected <EOF>.", 1, 16)]
    [InlineData("extend union U", "Unexpected <EOF>.", 1, 15)]
    [InlineData("extend enum E", "Unexpected <EOF>.", 1, 14)]
    [InlineData("extend input I", "Unexpected <EOF>.", 1, 15)]
    [InlineData("extend interface I", "Unexpected <EOF>.", 1, 19)]
    [InlineData("enum E { true }", "Name \"true\" is reserved and cannot be used for an enum value.", 1, 10)]
    [InlineData("enum E { A null }", "Name \"null\" is reserved and cannot be used for an enum value.", 1, 12)]
    [InlineData("directive @d on FOO", "Unexpected Name \"FOO\".", 1, 17)]
    [InlineData("directive @d repeatable", "Expected \"on\", found <EOF>.", 1, 24)]
    [InlineData("type T { a(): Int }", "Expected Name, found \")\".", 1, 12)]
    [InlineData("input I {}", "Expected Name, found \"}\".", 1, 10)]
    [InlineData("union U =", "Expected Name, found <EOF>.", 1, 10)]
    [InlineData("type T implements A, B { a: Int }", "Unexpected Name \"B\".", 1, 22)]
    [InlineData("schema {}", "Expected Name, found \"}\".", 1, 9)]
    [InlineData("schema { other: Q }", "Unexpected Name \"other\".", 1, 10)]
    [InlineData("type T { a: Int = 1 }", "Expected Name, found \"=\".", 1, 17)]
    [InlineData("{ a(x: @d) }", "Unexpected \"@\".", 1, 8)]
    [InlineData("\n\n  { a(x: ?) }", "Unexpected character: \"?\".", 3, 10)]
    public void Invalid_documents_fail_with_graphql_js_messages_and_locations(string source, string message, int line, int column)
    {
        var error = ParseError(source);
        Assert.Equal("Syntax Error: " + message, error.Message);
        Assert.Equal(line, error.Line);
        Assert.Equal(column, error.Column);
    }

    [Fact]
    public void Utf8_bytes_parse_like_the_decoded_string_and_bad_bytes_are_syntax_errors()
    {
        var document = Parser.Parse(System.Text.Encoding.UTF8.GetBytes("{ a(s: \"caf\u00e9 \U0001F600\") }"));
        var argument = ((FieldNode)((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections[0]).Arguments[0];
        Assert.Equal("caf\u00e9 \U0001F600", Assert.IsType<StringValueNode>(argument.Value).Value);

        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(new byte[] { (byte)'{', 0xFF, (byte)'}' }));
        Assert.Equal("Syntax Error: Unexpected character: U+FFFD.", error.Message);
    }

    [Fact]
    public void A_shorthand_query_is_an_anonymous_query_operation()
    {
        var document = Parser.Parse("{ hero { name } }");
        var operation = Assert.IsType<OperationDefinitionNode>(Assert.Single(document.Definitions));
        Assert.Equal(OperationType.Query, operation.Operation);
        Assert.Null(operation.Name);
        var hero = Assert.IsType<FieldNode>(Assert.Single(operation.SelectionSet.Selections));
        Assert.Equal("hero", hero.Name.Value);
        Assert.Equal("name", Assert.IsType<FieldNode>(Assert.Single(hero.SelectionSet!.Selections)).Name.Value);
    }

    [Fact]
    public void Operations_carry_name_variables_directives_and_locations()
    {
        var document = Parser.Parse("mutation M($id: ID! = \"1\" @v, $n: [Int]) @op { a: b(id: $id) @skip(if: true) }");
        var operation = Assert.IsType<OperationDefinitionNode>(Assert.Single(document.Definitions));
        Assert.Equal(OperationType.Mutation, operation.Operation);
        Assert.Equal("M", operation.Name!.Value);
        Assert.Equal(2, operation.VariableDefinitions.Count);

        var id = operation.VariableDefinitions[0];
        Assert.Equal("id", id.Variable.Name.Value);
        var nonNull = Assert.IsType<NonNullTypeNode>(id.Type);
        Assert.Equal("ID", Assert.IsType<NamedTypeNode>(nonNull.Type).Name.Value);
        Assert.Equal("1", Assert.IsType<StringValueNode>(id.DefaultValue).Value);
        Assert.Equal("v", Assert.Single(id.Directives).Name.Value);
        Assert.IsType<ListTypeNode>(operation.VariableDefinitions[1].Type);

        var field = Assert.IsType<FieldNode>(Assert.Single(operation.SelectionSet.Selections));
        Assert.Equal("a", field.Alias!.Value);
        Assert.Equal("b", field.Name.Value);
        Assert.Equal("a", field.ResponseKey);
        Assert.IsType<VariableNode>(Assert.Single(field.Arguments).Value);
        Assert.Equal(new Location(47, 76, 1, 48), field.Location);
        Assert.Equal(new Location(0, 78, 1, 1), operation.Location);
    }

    [Fact]
    public void Locations_span_from_the_first_to_the_last_token_across_lines()
    {
        var document = Parser.Parse("query {\n  node {\n    id\n  }\n}\n");
        var node = (FieldNode)((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections[0];
        Assert.Equal(2, node.Location!.Value.Line);
        Assert.Equal(3, node.Location.Value.Column);
        Assert.Equal(10, node.Location.Value.Start);
        Assert.Equal(27, node.Location.Value.End);
        var id = (FieldNode)node.SelectionSet!.Selections[0];
        Assert.Equal(new Location(21, 23, 3, 5), id.Location);
    }

    [Fact]
    public void Every_value_literal_form_parses()
    {
        var value = Parser.ParseValue("[1, -2.5e3, \"s\", \"\"\"b\"\"\", true, false, null, RED, $v, [], {}, {a: {b: [0]}}]");
        var list = Assert.IsType<ListValueNode>(value);
        Assert.Collection(list.Values,
            v => Assert.Equal("1", Assert.IsType<IntValueNode>(v).Value),
            v => Assert.Equal("-2.5e3", Assert.IsType<FloatValueNode>(v).Value),
            v => Assert.False(Assert.IsType<StringValueNode>(v).Block),
            v => Assert.True(Assert.IsType<StringValueNode>(v).Block),
            v => Assert.True(Assert.IsType<BooleanValueNode>(v).Value),
            v => Assert.False(Assert.IsType<BooleanValueNode>(v).Value),
            v => Assert.IsType<NullValueNode>(v),
            v => Assert.Equal("RED", Assert.IsType<EnumValueNode>(v).Value),
            v => Assert.Equal("v", Assert.IsType<VariableNode>(v).Name.Value),
            v => Assert.Empty(Assert.IsType<ListValueNode>(v).Values),
            v => Assert.Empty(Assert.IsType<ObjectValueNode>(v).Fields),
            v => Assert.Equal("a", Assert.Single(Assert.IsType<ObjectValueNode>(v).Fields).Name.Value));
    }

    [Fact]
    public void Constant_values_reject_variables_and_ParseType_reads_wrapped_types()
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("query($v: In = {a: $x}) { a }"));
        Assert.Equal("Syntax Error: Unexpected variable \"$x\" in constant value.", error.Message);

        var type = Assert.IsType<NonNullTypeNode>(Parser.ParseType("[[String!]]!"));
        var outer = Assert.IsType<ListTypeNode>(type.Type);
        var inner = Assert.IsType<ListTypeNode>(outer.Type);
        Assert.IsType<NonNullTypeNode>(inner.Type);
        Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseType("String extra"));
    }

    [Fact]
    public void Fragments_spreads_and_inline_fragments_are_told_apart()
    {
        var document = Parser.Parse("{ ...F ... on T { a } ... @d { b } ... { c } } fragment F on T @x { d }");
        var selections = ((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections;
        Assert.Equal("F", Assert.IsType<FragmentSpreadNode>(selections[0]).Name.Value);
        Assert.Equal("T", Assert.IsType<InlineFragmentNode>(selections[1]).TypeCondition!.Name.Value);
        Assert.Null(Assert.IsType<InlineFragmentNode>(selections[2]).TypeCondition);
        Assert.Single(((InlineFragmentNode)selections[2]).Directives);
        Assert.Null(Assert.IsType<InlineFragmentNode>(selections[3]).TypeCondition);
        var fragment = Assert.IsType<FragmentDefinitionNode>(document.Definitions[1]);
        Assert.Equal("T", fragment.TypeCondition.Name.Value);
        Assert.Equal("x", Assert.Single(fragment.Directives).Name.Value);
    }

    [Fact]
    public void Keywords_are_ordinary_names_where_a_name_is_expected()
    {
        var document = Parser.Parse("query query($query: query = query) { query fragment: on(type: null) { true, false } ...onX }" +
                                    " fragment on1 on on { extend }");
        Assert.Equal(2, document.Definitions.Count);
    }

    [Fact]
    public void Type_system_definitions_keep_descriptions_and_every_clause()
    {
        var document = Parser.Parse(""""
            "The schema" schema @s { query: Q mutation: M subscription: S }
            "A scalar" scalar Date @specifiedBy(url: "https://example.com")
            """
            An object
            """
            type Book implements & Node & Named @key { "the id" id(arg: Int = 3 @a): ID! @deprecated }
            interface Named implements Node { name: String }
            union Result = | Book | Author
            enum Color { "red" RED @x GREEN }
            input Filter @oneOf { "by title" title: String = "x" }
            directive @key(fields: String) repeatable on | OBJECT | INTERFACE
            """");
        Assert.Equal(8, document.Definitions.Count);

        var schema = Assert.IsType<SchemaDefinitionNode>(document.Definitions[0]);
        Assert.Equal("The schema", schema.Description!.Value);
        Assert.Equal([OperationType.Query, OperationType.Mutation, OperationType.Subscription], schema.OperationTypes.Select(o => o.Operation));

        var book = Assert.IsType<ObjectTypeDefinitionNode>(document.Definitions[2]);
        Assert.Equal("An object", book.Description!.Value);
        Assert.True(book.Description.Block);
        Assert.Equal(["Node", "Named"], book.Interfaces.Select(i => i.Name.Value));
        var id = Assert.Single(book.Fields);
        Assert.Equal("the id", id.Description!.Value);
        Assert.Equal("3", Assert.IsType<IntValueNode>(Assert.Single(id.Arguments).DefaultValue).Value);

        Assert.Equal(["Node"], Assert.IsType<InterfaceTypeDefinitionNode>(document.Definitions[3]).Interfaces.Select(i => i.Name.Value));
        Assert.Equal(["Book", "Author"], Assert.IsType<UnionTypeDefinitionNode>(document.Definitions[4]).Types.Select(i => i.Name.Value));
        var color = Assert.IsType<EnumTypeDefinitionNode>(document.Definitions[5]);
        Assert.Equal("red", color.Values[0].Description!.Value);
        var filter = Assert.IsType<InputObjectTypeDefinitionNode>(document.Definitions[6]);
        Assert.Equal("oneOf", Assert.Single(filter.Directives).Name.Value);
        var key = Assert.IsType<DirectiveDefinitionNode>(document.Definitions[7]);
        Assert.True(key.Repeatable);
        Assert.Equal(["OBJECT", "INTERFACE"], key.Locations.Select(l => l.Value));
    }

    [Fact]
    public void Empty_bodies_are_allowed_on_definitions_but_not_in_braces()
    {
        var document = Parser.Parse("type T interface I union U enum E input In scalar S");
        Assert.Empty(Assert.IsType<ObjectTypeDefinitionNode>(document.Definitions[0]).Fields);
        Assert.Empty(Assert.IsType<UnionTypeDefinitionNode>(document.Definitions[2]).Types);
        Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("type T {}"));
        Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("enum E {}"));
    }

    [Fact]
    public void Every_extension_form_parses()
    {
        var document = Parser.Parse("""
            extend schema @a { query: Q }
            extend scalar S @a
            extend type T implements I
            extend interface I @a
            extend union U = A | B
            extend enum E { X }
            extend input In { f: Int }
            """);
        Assert.Equal(
            ["SchemaExtension", "ScalarTypeExtension", "ObjectTypeExtension", "InterfaceTypeExtension",
             "UnionTypeExtension", "EnumTypeExtension", "InputObjectTypeExtension"],
            document.Definitions.Select(d => d.Kind));
    }

    [Fact]
    public void Descriptions_on_executable_definitions_parse_like_graphql_js_16_15()
    {
        var document = Parser.Parse("\"op\" query Q(\"var\" $a: Int) { a } \"frag\" fragment F on T { a }");
        var operation = Assert.IsType<OperationDefinitionNode>(document.Definitions[0]);
        Assert.Equal("op", operation.Description!.Value);
        Assert.Equal("var", operation.VariableDefinitions[0].Description!.Value);
        Assert.Equal("frag", Assert.IsType<FragmentDefinitionNode>(document.Definitions[1]).Description!.Value);
    }

    [Fact]
    public void A_document_over_the_token_limit_is_rejected()
    {
        var options = new ParserOptions { MaxTokens = 5 };
        Assert.NotNull(Parser.Parse("{ a b c }", options));
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("{ a b c d }", options));
        Assert.Equal("Syntax Error: Document contains more that 5 tokens. Parsing aborted.", error.Message);
        Assert.Equal(11, error.Column);
    }

    [Theory]
    [InlineData("", "{a", "}", "")]
    [InlineData("{a(x:", "[", "]", ")}")]
    [InlineData("{a(x:", "{b:", "}", ")}")]
    [InlineData("query($v:", "[", "]", "){a}")]
    [InlineData("{", "...on T{", "}", "}")]
    public void Deep_nesting_is_a_syntax_error_not_a_stack_overflow(string prefix, string open, string close, string suffix)
    {
        const int depth = 5000;
        var source = prefix + string.Concat(Enumerable.Repeat(open, depth)) + "x" + string.Concat(Enumerable.Repeat(close, depth)) + suffix;
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(source));
        Assert.Contains("Document nesting exceeds 1000 levels. Parsing aborted.", error.Message);
    }

    [Fact]
    public void Nesting_up_to_the_limit_still_parses_and_the_limit_is_configurable()
    {
        const int depth = 1000;
        var source = string.Concat(Enumerable.Repeat("{a", depth - 1)) + "{b}" + new string('}', depth - 1);
        Assert.NotNull(Parser.Parse(source));
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(source, new ParserOptions { MaxDepth = 999 }));
        Assert.Equal("Syntax Error: Document nesting exceeds 999 levels. Parsing aborted.", error.Message);
        Assert.NotNull(Parser.Parse("{x" + source + "}", new ParserOptions { MaxDepth = 1001 }));
    }
}
