using ScoGraph.GraphQL.Execution;
using ScoGraph.GraphQL.Types;
using static ScoGraph.GraphQL.Tests.Execution.ExecutionTestKit;

namespace ScoGraph.GraphQL.Tests.Execution;

public class DefaultResolverSpecs
{
    private static readonly Schema PersonSchema = Schema("""
        enum Mood { HAPPY GRUMPY }
        input Filter { minAge: Int = 18, moods: [Mood!], name: String }
        type Query { person: Person people(filter: Filter): String }
        type Person { name: String age: Int nickname: String friends: [Person] }
        """);

    public sealed class Person
    {
        public string Name { get; init; } = "";
        public int Age { get; init; }
        public IReadOnlyList<Person> Friends { get; init; } = [];
    }

    public enum Mood { Happy, Grumpy }

    public sealed record Filter(int MinAge, IReadOnlyList<Mood>? Moods, string? Name);

    [Fact]
    public async Task Properties_are_read_by_field_name_ignoring_case_and_missing_ones_are_null()
    {
        var root = Obj(("person", new Person { Name = "Ada", Age = 36, Friends = [new Person { Name = "Charles", Age = 45 }] }));

        Assert.Equal("""{"data":{"person":{"name":"Ada","age":36,"nickname":null,"friends":[{"name":"Charles","__typename":"Person"}]}}}""",
            await Json(PersonSchema, "{ person { name age nickname friends { name __typename } } }", root));
    }

    [Fact]
    public async Task Dictionary_entries_are_read_by_exact_key()
    {
        var root = Obj(("person", Obj(("name", "Grace"), ("Age", 85))));
        Assert.Equal("""{"data":{"person":{"name":"Grace","age":null}}}""", await Json(PersonSchema, "{ person { name age } }", root));
    }

    [Fact]
    public async Task Arguments_convert_to_records_enums_and_lists()
    {
        Filter? seen = null;
        var root = Obj(("people", Resolve(context => { seen = context.Argument<Filter>("filter"); return "ok"; })));

        await Json(PersonSchema, """{ people(filter: {moods: [HAPPY, GRUMPY], name: "x"}) }""", root);

        Assert.NotNull(seen);
        Assert.Equal(18, seen.MinAge);
        Assert.Equal([Mood.Happy, Mood.Grumpy], seen.Moods);
        Assert.Equal("x", seen.Name);
    }

    public sealed class Lazy
    {
        public Task<string> Name => Later();

        private static async Task<string> Later()
        {
            await Task.Yield();
            return "from a task";
        }
    }

    [Fact]
    public async Task A_task_valued_property_resolves_to_the_tasks_result()
    {
        var root = Obj(("person", new Lazy()));
        Assert.Equal("""{"data":{"person":{"name":"from a task"}}}""", await Json(PersonSchema, "{ person { name } }", root));
    }

    [Fact]
    public async Task Arguments_of_a_field_without_resolver_are_still_coerced_and_their_errors_reported()
    {
        var schema = Schema("type Query { item(id: ID!): String }");
        Assert.Equal("""{"errors":[{"message":"Argument \"id\" of required type \"ID!\" was not provided.","locations":[{"line":1,"column":3}],"path":["item"]}],"data":{"item":null}}""",
            await Json(schema, "{ item }", Obj(("item", "x"))));
    }

    [Fact]
    public void The_argument_converter_widens_numbers_and_fills_settable_properties()
    {
        Assert.Equal(5L, ArgumentConverter.Convert<long>(5));
        Assert.Equal(2.5m, ArgumentConverter.Convert<decimal>(2.5));
        Assert.Null(ArgumentConverter.Convert<int?>(null));
        Assert.Equal([1, 2], ArgumentConverter.Convert<List<int>>(new object?[] { 1, 2 }));
        var person = ArgumentConverter.Convert<Person>(Obj(("NAME", "Ada"), ("age", 36)));
        Assert.Equal(("Ada", 36), (person.Name, person.Age));
    }
}
