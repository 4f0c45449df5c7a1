using System.Text.Json;
using ScoGraph.Api.Tests.Support;

namespace ScoGraph.Api.Tests.Contract;

/// <summary>
/// Analysts read the schema in the IDE's docs: every type, field, argument, input field and enum value we define
/// carries a description. Walks the served introspection, not the file, so it checks what users actually see.
/// </summary>
public sealed class SchemaDescriptionSpecs(SeededServerFixture fixture) : IClassFixture<SeededServerFixture>
{
    private const string Query = """
        {
          __schema {
            types {
              name kind description
              fields(includeDeprecated: true) { name description args { name description } }
              inputFields { name description }
              enumValues(includeDeprecated: true) { name description }
            }
            directives { name description args { name description } }
          }
        }
        """;

    private static readonly HashSet<string> SpecifiedScalars = ["String", "Int", "Float", "Boolean", "ID"];
    private static readonly HashSet<string> SpecifiedDirectives = ["include", "skip", "deprecated", "specifiedBy", "oneOf"];

    [Fact]
    public async Task Every_type_field_argument_and_enum_value_has_a_description()
    {
        var schema = await SchemaAsync();
        var missing = new List<string>();
        var checkedItems = 0;

        foreach (var type in schema.GetProperty("types").EnumerateArray())
        {
            var typeName = type.GetProperty("name").GetString()!;
            if (typeName.StartsWith("__", StringComparison.Ordinal) || SpecifiedScalars.Contains(typeName)) continue;
            Check(type, typeName);
            foreach (var field in Items(type, "fields"))
            {
                var fieldPath = $"{typeName}.{field.GetProperty("name").GetString()}";
                Check(field, fieldPath);
                foreach (var argument in Items(field, "args")) Check(argument, $"{fieldPath}({argument.GetProperty("name").GetString()}:)");
            }
            foreach (var inputField in Items(type, "inputFields")) Check(inputField, $"{typeName}.{inputField.GetProperty("name").GetString()}");
            foreach (var value in Items(type, "enumValues")) Check(value, $"{typeName}.{value.GetProperty("name").GetString()}");
        }
        foreach (var directive in schema.GetProperty("directives").EnumerateArray())
        {
            var name = directive.GetProperty("name").GetString()!;
            if (SpecifiedDirectives.Contains(name)) continue;
            Check(directive, $"@{name}");
            foreach (var argument in Items(directive, "args")) Check(argument, $"@{name}({argument.GetProperty("name").GetString()}:)");
        }

        Assert.True(checkedItems > 500, $"only {checkedItems} schema elements were checked; is the introspection complete?");
        Assert.True(missing.Count == 0, $"{missing.Count} schema elements have no description:\n  " + string.Join("\n  ", missing));

        void Check(JsonElement element, string path)
        {
            checkedItems++;
            if (element.GetProperty("description") is not { ValueKind: JsonValueKind.String } description ||
                string.IsNullOrWhiteSpace(description.GetString()))
            {
                missing.Add(path);
            }
        }
    }

    [Fact]
    public async Task The_date_scalars_link_to_their_specifications()
    {
        var result = await fixture.Server.QueryAsync("""
            { date: __type(name: "Date") { specifiedByURL } dateTime: __type(name: "DateTime") { specifiedByURL }
              partialDate: __type(name: "PartialDate") { specifiedByURL } }
            """);
        var data = result.GetProperty("data");

        Assert.Equal("https://scalars.graphql.org/andimarek/local-date.html", data.GetProperty("date").GetProperty("specifiedByURL").GetString());
        Assert.Equal("https://scalars.graphql.org/andimarek/date-time.html", data.GetProperty("dateTime").GetProperty("specifiedByURL").GetString());
        Assert.Equal("https://www.iso.org/iso-8601-date-and-time-format.html", data.GetProperty("partialDate").GetProperty("specifiedByURL").GetString());
    }

    private async Task<JsonElement> SchemaAsync()
    {
        var result = await fixture.Server.QueryAsync(Query);
        Assert.False(result.TryGetProperty("errors", out var errors), $"introspection failed: {errors}");
        return result.GetProperty("data").GetProperty("__schema");
    }

    private static IEnumerable<JsonElement> Items(JsonElement owner, string property) =>
        owner.TryGetProperty(property, out var items) && items.ValueKind == JsonValueKind.Array ? items.EnumerateArray() : [];
}
