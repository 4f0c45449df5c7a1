using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ScoGraph.Domain.Import;
using ScoGraph.Domain.Model;
using ScoGraph.Domain.Time;

namespace ScoGraph.Domain.Tests.Import;

/// <summary><c>schema/import.schema.json</c> describes exactly what the importer reads.</summary>
public class ImportSchemaSpecs
{
    private static readonly JsonObject Schema = LoadSchema();

    private static JsonObject LoadSchema()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "schema", "import.schema.json");
            if (File.Exists(path)) return JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        }
        throw new FileNotFoundException("schema/import.schema.json not found above the test folder");
    }

    private static JsonObject Defs => Schema["$defs"]!.AsObject();

    [Fact]
    public void The_schema_lists_exactly_the_line_types_the_importer_reads()
    {
        var types = Schema["properties"]!["type"]!["enum"]!.AsArray().Select(t => t!.GetValue<string>());

        Assert.Equal(ImportLineParser.Types, types);
        foreach (var type in ImportLineParser.Types)
            Assert.Equal(type, Defs[type]!["properties"]!["type"]!["const"]!.GetValue<string>());
    }

    [Fact]
    public void The_schema_enums_are_the_domain_enums()
    {
        static IEnumerable<string> Enum(string def) => Defs[def]!["enum"]!.AsArray().Select(v => v!.GetValue<string>());

        Assert.Equal(EnumText<MeetingKind>.All, Enum("meetingKind"));
        Assert.Equal(EnumText<AgreementKind>.All, Enum("agreementKind"));
        // GraphQL's MembershipStatus has no NONE: no status is a missing (null) field in both.
        Assert.Equal(EnumText<MembershipStatus>.All.Where(s => s != "NONE"), Enum("membershipStatus"));
    }

    [Theory]
    [InlineData("2006", true)]
    [InlineData("2006-05", true)]
    [InlineData("2006-05-16", true)]
    [InlineData("2006-13", false)]
    [InlineData("06", false)]
    [InlineData("2006-05-32", false)]
    [InlineData("2006-5", false)]
    public void The_partial_date_pattern_agrees_with_the_parser_on_shape(string text, bool valid)
    {
        var pattern = new Regex(Defs["partialDate"]!["pattern"]!.GetValue<string>());

        Assert.Equal(valid, pattern.IsMatch(text));
        Assert.Equal(valid, PartialDate.TryParse(text, out _));
    }

    [Theory]
    [MemberData(nameof(EntityTypes))]
    public void Every_field_the_schema_allows_is_a_field_the_importer_reads(string type)
    {
        var line = new JsonObject();
        foreach (var (name, property) in Defs[type]!["properties"]!.AsObject())
            line[name] = Sample(name, property!);

        var parsed = ImportLineParser.Parse(line.ToJsonString(), 1);

        Assert.DoesNotContain(parsed.Errors, e => e.Message.StartsWith("unknown field"));
    }

    public static TheoryData<string> EntityTypes() => [.. ImportLineParser.Types.Where(t => t != "retraction")];

    /// <summary>A value of the right JSON shape for a schema property.</summary>
    private static JsonNode Sample(string name, JsonNode property)
    {
        if (property["const"] is { } constant) return constant.DeepClone();
        var reference = property["$ref"]?.GetValue<string>();
        if (reference == "#/$defs/partialDate") return "2006";
        if (reference == "#/$defs/sources") return new JsonArray("s");
        if (reference is "#/$defs/meetingKind" or "#/$defs/agreementKind" or "#/$defs/membershipStatus")
            return Defs[reference["#/$defs/".Length..]]!["enum"]![0]!.DeepClone();
        return property["type"]?.GetValue<string>() switch
        {
            "boolean" => true,
            "array" => new JsonArray(),
            _ => name == "url" ? "https://example.org" : "x",
        };
    }

    [Fact]
    public void The_schema_is_well_formed_json_with_a_draft_2020_12_header()
    {
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", Schema["$schema"]!.GetValue<string>());
        Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(Schema.ToJsonString()).RootElement.ValueKind);
    }
}
