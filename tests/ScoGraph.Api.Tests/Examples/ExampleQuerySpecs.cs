using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ScoGraph.Api.Tests.Support;

namespace ScoGraph.Api.Tests.Examples;

/// <summary>
/// The README's example queries are real: each runs against a freshly seeded server and answers exactly the JSON
/// the README shows under it (compared as parsed JSON).
/// </summary>
public sealed partial class ExampleQuerySpecs(SeededServerFixture fixture) : IClassFixture<SeededServerFixture>
{
    public static TheoryData<string> Titles => new(ReadmeExamples.Examples.Select(e => e.Title));

    [Fact]
    public void The_README_shows_twelve_example_queries()
    {
        Assert.Equal(12, ReadmeExamples.Examples.Count);
    }

    [Theory]
    [MemberData(nameof(Titles))]
    public async Task The_README_shows_the_real_answer_of_the_example(string title)
    {
        var example = ReadmeExamples.Named(title);

        var response = await fixture.Server.QueryAsync(example.Query);

        var expected = JsonNode.Parse(example.Answer);
        var actual = JsonNode.Parse(response.GetRawText());
        Assert.True(JsonNode.DeepEquals(expected, actual),
            $"README example \"{title}\" answers differently. The server answered:\n{Pretty(response)}");
    }

    [Fact]
    public async Task Every_example_answer_is_independent_of_today_and_of_the_time_the_store_was_loaded()
    {
        var today = await TodayDependence.LoadAsync(fixture.Server);

        Assert.All(ReadmeExamples.Examples, example =>
        {
            Assert.DoesNotContain("recordedAt", example.Query);
            // Fields and filters that default to "today" get an explicit date, so the answers do not change with the calendar.
            Assert.Empty(today.Find(example.Query));
            foreach (Match call in RangeFields().Matches(example.Query)) Assert.Contains("to:", call.Value);
        });
    }

    [Fact]
    public async Task The_today_check_finds_every_field_and_filter_that_defaults_to_today()
    {
        var today = await TodayDependence.LoadAsync(fixture.Server);

        Assert.Equal(3, today.TodayDefaults);
        Assert.Equal(["State.status without asOf"], today.Find("""{ state(iso3: "IND") { name status } }"""));
        Assert.Equal(["Agreement.inForce without asOf"], today.Find("""
            { agreements { nodes { ...Force } } } fragment Force on Agreement { inForce { certainty } }
            """));
        Assert.Equal(["Query.states(where): StateFilter.status without asOf"], today.Find("""{ states(where: { status: [MEMBER] }) { totalCount } }"""));
        Assert.Empty(today.Find("""
            { state(iso3: "IND") { status(asOf: "2020-01-01") }
              states(where: { status: [MEMBER], asOf: "2020-01-01" }) { nodes { status(asOf: "2020-01-01") } }
              membership(asOf: "2020-01-01") { status } }
            """));
    }

    [GeneratedRegex(@"\b(timeline|changes|membershipChanges)\s*\([^)]*\)")]
    private static partial Regex RangeFields();

    private static readonly JsonSerializerOptions Readable = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // show "Болат" as written
    };

    private static string Pretty(JsonElement element) => JsonSerializer.Serialize(element, Readable);
}
