using ScoGraph.GraphQL.Types;
using static ScoGraph.GraphQL.Tests.Execution.ExecutionTestKit;

namespace ScoGraph.GraphQL.Tests.Execution;

/// <summary>
/// Null propagation (spec 6.4.4): an error or null in a non-null position nulls the nearest nullable parent,
/// the error is reported once with its path and locations, and later siblings stop. Every row's expected JSON is
/// graphql-js 16's answer for the same schema and resolvers, synchronous and asynchronous.
/// </summary>
public class NullPropagationSpecs
{
    private static readonly Schema TestSchema = Schema("""
        type Query {
          nullableFail: String
          nonNullFail: String!
          obj: Obj
          nonNullObj: Obj!
          list: [Obj]
          nonNullItems: [Obj!]
          items: [Int!]
          nullItems: [Int]
          strictItems: [Int!]!
          notAList: [Int]
          badInt: Int
        }
        type Obj {
          ok: String
          fail: String
          nonNullFail: String!
          nonNullNull: String!
          child: Obj
          nonNullChild: Obj!
        }
        """);

    /// <summary>The same data graphql-js got: each field a function, answering at once or after an await.</summary>
    private static Dictionary<string, object?> Root(bool later)
    {
        FieldResolver Value(Func<object?> value) => later ? ResolveLater(_ => value()) : Resolve(_ => value());
        FieldResolver Throw(string message) => later ? FailLater(message) : Fail(message);
        Dictionary<string, object?> Obj() => ExecutionTestKit.Obj(
            ("ok", Value(() => "ok")), ("fail", Throw("boom")), ("nonNullFail", Throw("bang")), ("nonNullNull", Value(() => null)),
            ("child", Value(() => Obj())), ("nonNullChild", Value(() => Obj())));
        return ExecutionTestKit.Obj(
            ("nullableFail", Throw("boom")), ("nonNullFail", Throw("bang")), ("obj", Value(() => Obj())), ("nonNullObj", Value(() => Obj())),
            ("list", Value(() => new[] { Obj(), Obj() })), ("nonNullItems", Value(() => new[] { Obj(), Obj() })),
            ("items", Value(() => new int?[] { 1, null, 3 })), ("nullItems", Value(() => new int?[] { 1, null, 3 })),
            ("strictItems", Value(() => new int?[] { 1, null })), ("notAList", Value(() => "abc")), ("badInt", Value(() => 1.5)));
    }

    [Theory]
    [InlineData(false, "{ nullableFail }", """{"errors":[{"message":"boom","locations":[{"line":1,"column":3}],"path":["nullableFail"]}],"data":{"nullableFail":null}}""")]
    [InlineData(false, "{ obj { ok nonNullFail } }", """{"errors":[{"message":"bang","locations":[{"line":1,"column":12}],"path":["obj","nonNullFail"]}],"data":{"obj":null}}""")]
    [InlineData(false, "{ nonNullObj { ok nonNullNull } }", """{"errors":[{"message":"Cannot return null for non-nullable field Obj.nonNullNull.","locations":[{"line":1,"column":19}],"path":["nonNullObj","nonNullNull"]}],"data":null}""")]
    [InlineData(false, "{ obj { child { nonNullChild { nonNullNull } } } }", """{"errors":[{"message":"Cannot return null for non-nullable field Obj.nonNullNull.","locations":[{"line":1,"column":32}],"path":["obj","child","nonNullChild","nonNullNull"]}],"data":{"obj":{"child":null}}}""")]
    [InlineData(false, "{ nonNullItems { ok nonNullNull } }", """{"errors":[{"message":"Cannot return null for non-nullable field Obj.nonNullNull.","locations":[{"line":1,"column":21}],"path":["nonNullItems",0,"nonNullNull"]}],"data":{"nonNullItems":null}}""")]
    [InlineData(false, "{ list { ok nonNullNull } }", """{"errors":[{"message":"Cannot return null for non-nullable field Obj.nonNullNull.","locations":[{"line":1,"column":13}],"path":["list",0,"nonNullNull"]},{"message":"Cannot return null for non-nullable field Obj.nonNullNull.","locations":[{"line":1,"column":13}],"path":["list",1,"nonNullNull"]}],"data":{"list":[null,null]}}""")]
    [InlineData(false, "{ nullItems items }", """{"errors":[{"message":"Cannot return null for non-nullable field Query.items.","locations":[{"line":1,"column":13}],"path":["items",1]}],"data":{"nullItems":[1,null,3],"items":null}}""")]
    [InlineData(false, "{ strictItems }", """{"errors":[{"message":"Cannot return null for non-nullable field Query.strictItems.","locations":[{"line":1,"column":3}],"path":["strictItems",1]}],"data":null}""")]
    [InlineData(false, "{ notAList }", """{"errors":[{"message":"Expected Iterable, but did not find one for field \"Query.notAList\".","locations":[{"line":1,"column":3}],"path":["notAList"]}],"data":{"notAList":null}}""")]
    [InlineData(false, "{ badInt }", """{"errors":[{"message":"Int cannot represent non-integer value: 1.5","locations":[{"line":1,"column":3}],"path":["badInt"]}],"data":{"badInt":null}}""")]
    [InlineData(false, "{ obj { nonNullFail fail } }", """{"errors":[{"message":"bang","locations":[{"line":1,"column":9}],"path":["obj","nonNullFail"]}],"data":{"obj":null}}""")]
    [InlineData(false, "{ obj { fail nonNullFail } }", """{"errors":[{"message":"boom","locations":[{"line":1,"column":9}],"path":["obj","fail"]},{"message":"bang","locations":[{"line":1,"column":14}],"path":["obj","nonNullFail"]}],"data":{"obj":null}}""")]
    [InlineData(false, "{ a: nullableFail b: nullableFail }", """{"errors":[{"message":"boom","locations":[{"line":1,"column":3}],"path":["a"]},{"message":"boom","locations":[{"line":1,"column":19}],"path":["b"]}],"data":{"a":null,"b":null}}""")]
    [InlineData(false, "{ obj { ok } obj { fail } }", """{"errors":[{"message":"boom","locations":[{"line":1,"column":20}],"path":["obj","fail"]}],"data":{"obj":{"ok":"ok","fail":null}}}""")]
    [InlineData(true, "{ nullableFail }", """{"errors":[{"message":"boom","locations":[{"line":1,"column":3}],"path":["nullableFail"]}],"data":{"nullableFail":null}}""")]
    [InlineData(true, "{ obj { ok nonNullFail } }", """{"errors":[{"message":"bang","locations":[{"line":1,"column":12}],"path":["obj","nonNullFail"]}],"data":{"obj":null}}""")]
    [InlineData(true, "{ nonNullObj { ok nonNullNull } }", """{"errors":[{"message":"Cannot return null for non-nullable field Obj.nonNullNull.","locations":[{"line":1,"column":19}],"path":["nonNullObj","nonNullNull"]}],"data":null}""")]
    [InlineData(true, "{ obj { child { nonNullChild { nonNullNull } } } }", """{"errors":[{"message":"Cannot return null for non-nullable field Obj.nonNullNull.","locations":[{"line":1,"column":32}],"path":["obj","child","nonNullChild","nonNullNull"]}],"data":{"obj":{"child":null}}}""")]
    [InlineData(true, "{ nonNullItems { ok nonNullNull } }", """{"errors":[{"message":"Cannot return null for non-nullable field Obj.nonNullNull.","locations":[{"line":1,"column":21}],"path":["nonNullItems",0,"nonNullNull"]}],"data":{"nonNullItems":null}}""")]
    [InlineData(true, "{ list { ok nonNullNull } }", """{"errors":[{"message":"Cannot return null for non-nullable field Obj.nonNullNull.","locations":[{"line":1,"column":13}],"path":["list",0,"nonNullNull"]},{"message":"Cannot return null for non-nullable field Obj.nonNullNull.","locations":[{"line":1,"column":13}],"path":["list",1,"nonNullNull"]}],"data":{"list":[null,null]}}""")]
    [InlineData(true, "{ nullItems items }", """{"errors":[{"message":"Cannot return null for non-nullable field Query.items.","locations":[{"line":1,"column":13}],"path":["items",1]}],"data":{"nullItems":[1,null,3],"items":null}}""")]
    [InlineData(true, "{ strictItems }", """{"errors":[{"message":"Cannot return null for non-nullable field Query.strictItems.","locations":[{"line":1,"column":3}],"path":["strictItems",1]}],"data":null}""")]
    [InlineData(true, "{ notAList }", """{"errors":[{"message":"Expected Iterable, but did not find one for field \"Query.notAList\".","locations":[{"line":1,"column":3}],"path":["notAList"]}],"data":{"notAList":null}}""")]
    [InlineData(true, "{ badInt }", """{"errors":[{"message":"Int cannot represent non-integer value: 1.5","locations":[{"line":1,"column":3}],"path":["badInt"]}],"data":{"badInt":null}}""")]
    [InlineData(true, "{ obj { nonNullFail fail } }", """{"errors":[{"message":"boom","locations":[{"line":1,"column":21}],"path":["obj","fail"]},{"message":"bang","locations":[{"line":1,"column":9}],"path":["obj","nonNullFail"]}],"data":{"obj":null}}""")]
    [InlineData(true, "{ obj { fail nonNullFail } }", """{"errors":[{"message":"boom","locations":[{"line":1,"column":9}],"path":["obj","fail"]},{"message":"bang","locations":[{"line":1,"column":14}],"path":["obj","nonNullFail"]}],"data":{"obj":null}}""")]
    [InlineData(true, "{ a: nullableFail b: nullableFail }", """{"errors":[{"message":"boom","locations":[{"line":1,"column":3}],"path":["a"]},{"message":"boom","locations":[{"line":1,"column":19}],"path":["b"]}],"data":{"a":null,"b":null}}""")]
    [InlineData(true, "{ obj { ok } obj { fail } }", """{"errors":[{"message":"boom","locations":[{"line":1,"column":20}],"path":["obj","fail"]}],"data":{"obj":{"ok":"ok","fail":null}}}""")]
    public async Task Errors_and_nulls_propagate_to_the_nearest_nullable_parent_as_in_graphql_js(bool resolveLater, string query, string expected) =>
        Assert.Equal(expected, await Json(TestSchema, query, Root(resolveLater)));
}
