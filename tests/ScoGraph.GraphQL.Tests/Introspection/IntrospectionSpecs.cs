using System.Text.Json.Nodes;
using ScoGraph.GraphQL.Execution;
using ScoGraph.GraphQL.Language;
using ScoGraph.GraphQL.Tests.Support;
using ScoGraph.GraphQL.Types;
using ScoGraph.GraphQL.Utilities;

namespace ScoGraph.GraphQL.Tests.TypeSystem;

public class IntrospectionSpecs
{
    private static async Task<string> Run(string sdl, string query)
    {
        var schema = SchemaBuilder.FromSdl(sdl).Build();
        var result = await Executor.ExecuteAsync(new ExecutionArgs(schema, Parser.Parse(query)));
        return ResultJson.Text(result);
    }

    private static void AssertSameJson(string expected, string actual)
    {
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(actual)),
            $"expected:\n{expected}\nactual:\n{actual}");
        Assert.Equal(expected, actual);
    }

    public static TheoryData<string> Schemas => new()
    {
        SampleSchemas.KitchenSink,
        "type Query { hello: String }",
        "type Query { a(x: Int = 1, y: [ID!] = 7): [Int!]! } type Mutation { m: Boolean } type Subscription { s: Float }",
    };

    [Theory]
    [MemberData(nameof(Schemas))]
    public async Task The_standard_introspection_query_returns_what_graphql_js_returns(string sdl) =>
        AssertSameJson(GraphQLJs.Execute(sdl, IntrospectionQuery.Text), await Run(sdl, IntrospectionQuery.Text));

    [Theory]
    [MemberData(nameof(Schemas))]
    public async Task The_full_introspection_query_returns_what_graphql_js_returns(string sdl) =>
        AssertSameJson(GraphQLJs.Execute(sdl, IntrospectionQuery.Full), await Run(sdl, IntrospectionQuery.Full));

    [Theory]
    [InlineData("{ __type(name: \"State\") { name kind fields { name } } }")]
    [InlineData("{ __type(name: \"Nope\") { name } }")]
    [InlineData("{ __type(name: \"MemberFilter\") { inputFields { name defaultValue isDeprecated deprecationReason } } }")]
    [InlineData("{ __type(name: \"MemberFilter\") { inputFields(includeDeprecated: true) { name defaultValue isDeprecated deprecationReason } } }")]
    [InlineData("{ __type(name: \"Mutations\") { fields { args(includeDeprecated: true) { name isDeprecated deprecationReason } } } }")]
    [InlineData("{ __type(name: \"MembershipStatus\") { enumValues { name } all: enumValues(includeDeprecated: true) { name deprecationReason } } }")]
    [InlineData("{ __type(name: \"PartyRef\") { isOneOf } s: __type(name: \"State\") { isOneOf } }")]
    [InlineData("{ __type(name: \"PartialDate\") { specifiedByURL } }")]
    [InlineData("{ __typename __schema { description directives { name isRepeatable locations args { name } } } }")]
    [InlineData("{ __schema { directives(includeDeprecated: true) { name isDeprecated deprecationReason } } }")]
    [InlineData("{ __type(name: \"Node\") { possibleTypes { name } interfaces { name } } n: __type(name: \"Named\") { interfaces { name } possibleTypes { name } } }")]
    [InlineData("{ __type(name: \"Party\") { possibleTypes { name } fields { name } } }")]
    public async Task Targeted_introspection_queries_return_what_graphql_js_returns(string query) =>
        AssertSameJson(GraphQLJs.Execute(SampleSchemas.KitchenSink, query), await Run(SampleSchemas.KitchenSink, query));
}
