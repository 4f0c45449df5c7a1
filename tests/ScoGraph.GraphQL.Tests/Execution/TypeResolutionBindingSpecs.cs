using ScoGraph.GraphQL.Types;
using static ScoGraph.GraphQL.Tests.Execution.ExecutionTestKit;

namespace ScoGraph.GraphQL.Tests.Execution;

/// <summary>IsTypeOf and ResolveType bound through <see cref="SchemaBuilder"/> decide abstract types (and guard object types).</summary>
public class TypeResolutionBindingSpecs
{
    private const string Sdl = """
        interface Named { name: String }
        type Person implements Named { name: String age: Int }
        type Place implements Named { name: String }
        type Query { things: [Named] person: Person }
        """;

    private static readonly Dictionary<string, object?> Root = Obj(
        ("things", new object[] { Obj(("name", "Ada"), ("age", 36)), Obj(("name", "Paris"), ("city", true)) }),
        ("person", Obj(("name", "Rome"), ("city", true))));

    [Fact]
    public async Task IsTypeOf_picks_the_runtime_type_and_rejects_a_value_of_another_type_as_graphql_js_does()
    {
        var schema = SchemaBuilder.FromSdl(Sdl)
            .IsTypeOf("Person", (value, _) => value is IReadOnlyDictionary<string, object?> map && map.ContainsKey("age"))
            .IsTypeOf("Place", (value, _) => value is IReadOnlyDictionary<string, object?> map && map.ContainsKey("city"))
            .Build();

        Assert.Equal(
            """{"errors":[{"message":"Expected value of type \"Person\" but got: { name: \"Rome\", city: true }.","locations":[{"line":1,"column":30}],"path":["person"]}],"data":{"things":[{"__typename":"Person","name":"Ada"},{"__typename":"Place","name":"Paris"}],"person":null}}""",
            await Json(schema, "{ things { __typename name } person { name } }", Root));
    }

    private sealed record PersonRecord(string Name, int Age);

    private sealed record PlaceRecord(string Name);

    [Fact]
    public async Task A_type_bound_to_a_CLR_class_picks_the_runtime_type_and_rejects_values_of_other_classes()
    {
        var schema = SchemaBuilder.FromSdl(Sdl).BindType<PersonRecord>("Person").BindType<PlaceRecord>("Place").Build();
        var root = Obj(("things", new object[] { new PersonRecord("Ada", 36), new PlaceRecord("Paris") }), ("person", new PlaceRecord("Rome")));

        Assert.Equal(
            """{"errors":[{"message":"Expected value of type \"Person\" but got: { Name: \"Rome\" }.","locations":[{"line":1,"column":30}],"path":["person"]}],"data":{"things":[{"__typename":"Person","name":"Ada"},{"__typename":"Place","name":"Paris"}],"person":null}}""",
            await Json(schema, "{ things { __typename name } person { name } }", root));
    }

    [Fact]
    public async Task ResolveType_names_the_runtime_type_and_sees_the_fields_context()
    {
        var seenFields = new List<string>();
        var schema = SchemaBuilder.FromSdl(Sdl)
            .ResolveType("Named", (value, context) =>
            {
                seenFields.Add($"{context.ParentType.Name}.{context.Field.Name}");
                return value is IReadOnlyDictionary<string, object?> map && map.ContainsKey("age") ? "Person" : "Place";
            })
            .Build();

        Assert.Equal("""{"data":{"things":[{"__typename":"Person","name":"Ada"},{"__typename":"Place","name":"Paris"}]}}""",
            await Json(schema, "{ things { __typename name } }", Root));
        Assert.Equal(["Query.things", "Query.things"], seenFields);
    }
}
