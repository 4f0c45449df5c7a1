using System.Text.Json;
using ScoGraph.Api.Hosting;
using ScoGraph.Api.Tests.Dataset;
using ScoGraph.Api.Tests.Support;
using ScoGraph.Domain.Import;

namespace ScoGraph.Api.Tests.Mutations;

/// <summary><c>importFacts</c>: JSON Lines written as one atomic batch, idempotent, with per-line errors and dry runs.</summary>
public sealed class ImportFactsSpecs
{
    private const string GoodSource = """{"type":"source","id":"import-test-page","title":"Import test page","published":"2020-02"}""";
    private const string GoodOfficial = """{"type":"official","id":"import-test-official","name":"Import Test Official","nationality":"IND","sources":["import-test-page"]}""";

    private static async Task<JsonElement> ImportAsync(ApiServer server, string lines, bool? dryRun = null) =>
        await server.MutateAsync(MutationDocuments.ImportFacts, new { lines, dryRun }, "importFacts");

    [Fact]
    public async Task The_shipped_dataset_imports_into_an_empty_store_and_a_second_run_changes_nothing()
    {
        await using var server = await ApiServer.StartAsync(new ApiServerOptions { Seed = false });
        var files = EmbeddedFiles.DatasetFiles();
        // Every file of the Data folder is embedded, in file-name order (the order the files must be imported in).
        Assert.Equal(DatasetFiles.FileNames, files.Select(f => f.Name));

        var first = new List<JsonElement>();
        foreach (var (_, text) in files) first.Add(await ImportAsync(server, text));
        var second = new List<JsonElement>();
        foreach (var (_, text) in files) second.Add(await ImportAsync(server, text));

        for (var i = 0; i < files.Count; i++)
        {
            var lines = files[i].Text.Split('\n').Count(line => !string.IsNullOrWhiteSpace(line));
            Assert.True(first[i].GetProperty("committed").GetBoolean(), $"{files[i].Name}: {first[i]}");
            Assert.Equal((lines, 0, 0), Counts(first[i]));
            Assert.Equal((0, 0, lines), Counts(second[i]));
            second[i].AssertNoErrors();
        }
        var india = (await server.QueryAsync("""{ state(iso3: "IND") { name status(asOf: "2020-01-01") } }""")).Data().GetProperty("state");
        Assert.Equal("India", india.GetProperty("name").GetString());
        Assert.Equal("MEMBER", india.GetProperty("status").GetString());
        Assert.Single(await server.HistoryAsync("IND"));
    }

    [Fact]
    public async Task One_broken_line_among_good_ones_is_reported_on_its_line_and_nothing_is_written()
    {
        await using var server = await ApiServer.StartAsync();
        var lines = string.Join("\n",
            GoodSource,
            GoodOfficial,
            "",
            """{"type":"membershipChange","id":"import-test-change","state":"THA","toStatus":"OBSERVER","effective":"2006-13"}""",
            """{"type":"tenure","id":"import-test-tenure","official":"import-test-official","post":"sco-secretary-general","start":"2030"}""");

        var payload = await ImportAsync(server, lines);

        Assert.False(payload.GetProperty("committed").GetBoolean());
        Assert.Equal((0, 0, 0), Counts(payload));
        var error = Assert.Single(payload.GetProperty("errors").EnumerateArray());
        Assert.Equal("ImportLineError", error.GetProperty("__typename").GetString());
        Assert.Equal(4, error.GetProperty("line").GetInt32());
        Assert.Equal(["effective"], error.GetProperty("path").Strings());
        Assert.Equal("line 4: field \"effective\": \"2006-13\" is not a partial date (accepted: YYYY, YYYY-MM, YYYY-MM-DD): month 13 does not exist",
            error.GetProperty("message").GetString());
        Assert.Empty(await server.HistoryAsync("import-test-page"));
        Assert.Empty(await server.HistoryAsync("import-test-official"));
        Assert.Empty(await server.HistoryAsync("import-test-tenure"));
    }

    [Fact]
    public async Task Every_bad_line_is_reported_with_its_field_path()
    {
        await using var server = await ApiServer.StartAsync();
        var lines = string.Join("\n",
            """{"type":"source","id":"import-typo-page","title":"Typo","publishd":"2020"}""",
            """{"type":"agreement","id":"import-bad-party","title":"Bad party","kind":"TREATY","parties":[{"party":"CHN"},{"party":"atlantis"}]}""",
            "not json at all");

        var payload = await ImportAsync(server, lines);

        var errors = payload.GetProperty("errors").EnumerateArray().ToArray();
        Assert.Equal([1, 2, 3], errors.Select(e => e.GetProperty("line").GetInt32()).Distinct().ToArray());
        Assert.Contains(errors, e => e.GetProperty("line").GetInt32() == 2 && e.GetProperty("path").Strings().SequenceEqual(["parties", "1", "party"]));
        Assert.False(payload.GetProperty("committed").GetBoolean());
    }

    [Fact]
    public async Task A_dry_run_checks_and_predicts_the_counts_but_writes_nothing()
    {
        await using var server = await ApiServer.StartAsync();
        var correctedIndia = """{"type":"state","id":"IND","name":"Republic of India","iso3":"IND"}""";
        var lines = string.Join("\n", GoodSource, GoodOfficial, correctedIndia);

        var payload = await ImportAsync(server, lines, dryRun: true);

        payload.AssertNoErrors();
        Assert.False(payload.GetProperty("committed").GetBoolean());
        Assert.Equal((2, 1, 0), Counts(payload));
        Assert.Empty(await server.HistoryAsync("import-test-page"));
        Assert.Single(await server.HistoryAsync("IND"));
    }

    [Fact]
    public async Task A_dry_run_reports_the_errors_a_real_run_would_report()
    {
        await using var server = await ApiServer.StartAsync();

        var payload = await ImportAsync(server, GoodOfficial, dryRun: true);

        var error = Assert.Single(payload.GetProperty("errors").EnumerateArray());
        Assert.Equal(1, error.GetProperty("line").GetInt32());
        Assert.Equal(["sources", "0", "id"], error.GetProperty("path").Strings());
        Assert.Contains("import-test-page", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_dry_run_and_a_real_run_report_the_same_errors_even_past_the_cap()
    {
        await using var server = await ApiServer.StartAsync();
        // A retraction the retract mutation would refuse: "Entry Into Force" is no predicate name.
        var badRetraction = """{"type":"retraction","subject":"IND","predicate":"Entry Into Force","reason":"wrong"}""";
        var lines = string.Join("\n", Enumerable.Repeat(badRetraction, Importer.MaxErrors + 5));

        var dryRun = await ImportAsync(server, lines, dryRun: true);
        var realRun = await ImportAsync(server, lines);

        var errors = realRun.GetProperty("errors").EnumerateArray().Select(e => e.GetRawText()).ToArray();
        Assert.Equal(errors, dryRun.GetProperty("errors").EnumerateArray().Select(e => e.GetRawText()));
        Assert.False(realRun.GetProperty("committed").GetBoolean());
        Assert.Equal(Importer.MaxErrors + 1, errors.Length);
        var first = realRun.GetProperty("errors")[0];
        Assert.Equal(["predicate"], first.GetProperty("path").Strings());
        Assert.StartsWith("line 1: field \"predicate\": \"Entry Into Force\" is not a predicate name", first.GetProperty("message").GetString());
        Assert.Equal("line 1001: … and 5 more error(s)", realRun.GetProperty("errors")[Importer.MaxErrors].GetProperty("message").GetString());
    }

    [Fact]
    public async Task Importing_new_versions_and_retractions_counts_them_as_updates()
    {
        await using var server = await ApiServer.StartAsync();
        var created = await ImportAsync(server, string.Join("\n", GoodSource, GoodOfficial));

        var changed = await ImportAsync(server, string.Join("\n",
            GoodSource,
            """{"type":"official","id":"import-test-official","name":"Renamed Official","nationality":"IND","sources":["import-test-page"]}""",
            """{"type":"retraction","target":"IND-observer-2005","reason":"test retraction"}"""));

        Assert.Equal((2, 0, 0), Counts(created));
        Assert.True(changed.GetProperty("committed").GetBoolean());
        Assert.Equal((0, 2, 1), Counts(changed));
        Assert.Equal(2, (await server.HistoryAsync("import-test-official")).Length);
    }

    private static (int Created, int Updated, int Unchanged) Counts(JsonElement payload) => (
        payload.GetProperty("created").GetInt32(),
        payload.GetProperty("updated").GetInt32(),
        payload.GetProperty("unchanged").GetInt32());
}
