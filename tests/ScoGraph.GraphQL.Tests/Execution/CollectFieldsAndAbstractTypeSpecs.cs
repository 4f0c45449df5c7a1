using System.Text.Json;
using ScoGraph.GraphQL.Execution;
using ScoGraph.GraphQL.Types;
using static ScoGraph.GraphQL.Tests.Execution.ExecutionTestKit;

namespace ScoGraph.GraphQL.Tests.Execution;

/// <summary>
/// Field collection (fragments, @skip/@include, merged response keys) and abstract type resolution, compared
/// with graphql-js 16's answers for the same schema and JSON data (rows generated with graphql-js).
/// </summary>
public class CollectFieldsAndAbstractTypeSpecs
{
    private static readonly Schema PetSchema = Schema("""
        interface Pet { name: String! }
        type Dog implements Pet { name: String! barks: Boolean! }
        type Cat implements Pet { name: String! lives: Int! }
        type Rock { weight: Int }
        union Thing = Dog | Rock
        type Query { pets: [Pet] thing: Thing first: Pet }
        """);

    private static IReadOnlyDictionary<string, object?>? FromJson(string json)
    {
        using var document = JsonDocument.Parse(json);
        return JsonInput.ToDictionaryOrNull(document.RootElement);
    }

    [Theory]
    [InlineData("{ pets { __typename name ... on Dog { barks } ... on Cat { lives } } }", """{"pets":[{"__typename":"Dog","name":"Rex","barks":true},{"__typename":"Cat","name":"Tom","lives":9}]}""", """{}""", """{"data":{"pets":[{"__typename":"Dog","name":"Rex","barks":true},{"__typename":"Cat","name":"Tom","lives":9}]}}""")]
    [InlineData("{ thing { __typename ... on Rock { weight } } }", """{"thing":{"__typename":"Rock","weight":3}}""", """{}""", """{"data":{"thing":{"__typename":"Rock","weight":3}}}""")]
    [InlineData("{ first { name } }", """{"first":{"name":"x"}}""", """{}""", """{"errors":[{"message":"Abstract type \"Pet\" must resolve to an Object type at runtime for field \"Query.first\". Either the \"Pet\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.","locations":[{"line":1,"column":3}],"path":["first"]}],"data":{"first":null}}""")]
    [InlineData("{ first { name } }", """{"first":{"__typename":"Nope","name":"x"}}""", """{}""", """{"errors":[{"message":"Abstract type \"Pet\" was resolved to a type \"Nope\" that does not exist inside the schema.","locations":[{"line":1,"column":3}],"path":["first"]}],"data":{"first":null}}""")]
    [InlineData("{ first { name } }", """{"first":{"__typename":"Rock","name":"x"}}""", """{}""", """{"errors":[{"message":"Runtime Object type \"Rock\" is not a possible type for \"Pet\".","locations":[{"line":1,"column":3}],"path":["first"]}],"data":{"first":null}}""")]
    [InlineData("{ thing { __typename } }", """{"thing":{"__typename":"Cat","name":"x"}}""", """{}""", """{"errors":[{"message":"Runtime Object type \"Cat\" is not a possible type for \"Thing\".","locations":[{"line":1,"column":3}],"path":["thing"]}],"data":{"thing":null}}""")]
    [InlineData("{ first { name } }", """{"first":{"__typename":"Pet","name":"x"}}""", """{}""", """{"errors":[{"message":"Abstract type \"Pet\" was resolved to a non-object type \"Pet\".","locations":[{"line":1,"column":3}],"path":["first"]}],"data":{"first":null}}""")]
    [InlineData("query($s: Boolean!, $i: Boolean!) { pets { name @skip(if: $s) ... on Dog @include(if: $i) { barks } } }", """{"pets":[{"__typename":"Dog","name":"Rex","barks":true},{"__typename":"Cat","name":"Tom","lives":9}]}""", """{"s":true,"i":false}""", """{"data":{"pets":[{},{}]}}""")]
    [InlineData("query($s: Boolean!, $i: Boolean!) { pets { name @skip(if: $s) ... on Dog @include(if: $i) { barks } } }", """{"pets":[{"__typename":"Dog","name":"Rex","barks":true},{"__typename":"Cat","name":"Tom","lives":9}]}""", """{"s":false,"i":true}""", """{"data":{"pets":[{"name":"Rex","barks":true},{"name":"Tom"}]}}""")]
    [InlineData("query($s: Boolean!) { pets { ...F ...F @skip(if: $s) } } fragment F on Pet { name ... on Cat { lives } }", """{"pets":[{"__typename":"Dog","name":"Rex","barks":true},{"__typename":"Cat","name":"Tom","lives":9}]}""", """{"s":false}""", """{"data":{"pets":[{"name":"Rex"},{"name":"Tom","lives":9}]}}""")]
    [InlineData("{ pets { ... on Dog { name } ... on Pet { n2: name } name } }", """{"pets":[{"__typename":"Dog","name":"Rex","barks":true},{"__typename":"Cat","name":"Tom","lives":9}]}""", """{}""", """{"data":{"pets":[{"name":"Rex","n2":"Rex"},{"n2":"Tom","name":"Tom"}]}}""")]
    [InlineData("{ first { name } first { ... on Dog { barks } } }", """{"first":{"__typename":"Dog","name":"Rex","barks":true}}""", """{}""", """{"data":{"first":{"name":"Rex","barks":true}}}""")]
    [InlineData("{ pets { name @skip(if: true) @include(if: true) } }", """{"pets":[{"__typename":"Dog","name":"Rex","barks":true},{"__typename":"Cat","name":"Tom","lives":9}]}""", """{}""", """{"data":{"pets":[{},{}]}}""")]
    [InlineData("{ thing { __typename } }", """{"thing":"str"}""", """{}""", """{"errors":[{"message":"Abstract type \"Thing\" must resolve to an Object type at runtime for field \"Query.thing\". Either the \"Thing\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.","locations":[{"line":1,"column":3}],"path":["thing"]}],"data":{"thing":null}}""")]
    [InlineData("query Q($i: Boolean = false) { pets { ... @include(if: $i) { name } __typename } }", """{"pets":[{"__typename":"Dog","name":"Rex","barks":true},{"__typename":"Cat","name":"Tom","lives":9}]}""", """{}""", """{"data":{"pets":[{"__typename":"Dog"},{"__typename":"Cat"}]}}""")]
    [InlineData("{ first { __typename } __typename }", """{"first":{"__typename":"Cat","name":"Tom","lives":9}}""", """{}""", """{"data":{"first":{"__typename":"Cat"},"__typename":"Query"}}""")]
    public async Task Selections_and_abstract_types_resolve_as_in_graphql_js(string query, string rootJson, string variablesJson, string expected) =>
        Assert.Equal(expected, await Json(PetSchema, query, FromJson(rootJson), FromJson(variablesJson)));

    private sealed record Dog(string Name, bool Barks);

    private sealed record Cat(string Name, int Lives);

    [Fact]
    public async Task Without_a_typename_the_possible_type_named_like_the_CLR_class_is_used()
    {
        var root = Obj(("pets", new object[] { new Dog("Rex", true), new Cat("Tom", 9) }));
        Assert.Equal("""{"data":{"pets":[{"__typename":"Dog","name":"Rex"},{"__typename":"Cat","name":"Tom"}]}}""",
            await Json(PetSchema, "{ pets { __typename name } }", root));
    }
}
