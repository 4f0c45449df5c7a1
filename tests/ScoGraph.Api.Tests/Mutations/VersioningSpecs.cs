using System.Text.Json;
using ScoGraph.Api.Tests.Support;

namespace ScoGraph.Api.Tests.Mutations;

/// <summary>Writes never overwrite: the same input changes nothing, a correction supersedes, a retraction keeps the old version readable.</summary>
public sealed class VersioningSpecs(SeededServerFixture fixture) : IClassFixture<SeededServerFixture>
{
    private ApiServer Server => fixture.Server;

    private static object Official(string id, string name) => new { input = new { id, name, nationality = "KAZ" } };

    [Fact]
    public async Task Upserting_the_same_input_twice_keeps_one_version()
    {
        var first = await Server.MutateAsync(MutationDocuments.UpsertOfficial, Official("twice-written", "Twice Written"), "upsertOfficial");
        var second = await Server.MutateAsync(MutationDocuments.UpsertOfficial, Official("twice-written", "Twice Written"), "upsertOfficial");

        first.AssertNoErrors();
        second.AssertNoErrors();
        Assert.Equal("Twice Written", second.At("official", "name").GetString());
        var version = Assert.Single(await Server.HistoryAsync("twice-written"));
        Assert.Equal(1, version.GetProperty("version").GetInt32());
        Assert.Equal(JsonValueKind.Null, version.GetProperty("retractedAt").ValueKind);
    }

    [Fact]
    public async Task A_correction_supersedes_the_current_version_which_stays_in_history()
    {
        await Server.MutateAsync(MutationDocuments.UpsertOfficial, Official("corrected-official", "Misspeled Name"), "upsertOfficial");
        var corrected = await Server.MutateAsync(MutationDocuments.UpsertOfficial, Official("corrected-official", "Corrected Name"), "upsertOfficial");

        corrected.AssertNoErrors();
        Assert.Equal("Corrected Name", corrected.At("official", "name").GetString());
        var history = await Server.HistoryAsync("corrected-official");
        Assert.Equal(2, history.Length);
        Assert.Equal([1, 2], history.Select(v => v.GetProperty("version").GetInt32()).ToArray());
        Assert.Equal("superseded by revision 2", history[0].GetProperty("retractionReason").GetString());
        Assert.Equal(history[1].GetProperty("recordedAt").GetString(), history[0].GetProperty("retractedAt").GetString());
        Assert.Contains("\"name\":\"Misspeled Name\"", history[0].GetProperty("content").GetString());
        Assert.Equal(JsonValueKind.Null, history[1].GetProperty("retractedAt").ValueKind);
        Assert.Equal("""{"type":"official","id":"corrected-official","name":"Corrected Name","nationality":"KAZ"}""",
            history[1].GetProperty("content").GetString());
    }

    [Fact]
    public async Task A_retracted_entity_is_gone_now_but_still_seen_with_a_knownAt_before_the_retraction()
    {
        await Server.MutateAsync(MutationDocuments.UpsertSource, new { input = new { id = "retracted-page", title = "A page found to be fake" } }, "upsertSource");
        var recordedAt = (await Server.HistoryAsync("retracted-page"))[0].GetProperty("recordedAt").GetString();

        var payload = await Server.MutateAsync(MutationDocuments.Retract, new { id = "retracted-page", reason = "the page is a forgery" }, "retract");

        payload.AssertNoErrors();
        var retracted = payload.GetProperty("retracted");
        Assert.Equal("retracted-page", retracted.GetProperty("id").GetString());
        Assert.Equal(1, retracted.GetProperty("version").GetInt32());
        Assert.Equal("the page is a forgery", retracted.GetProperty("retractionReason").GetString());
        Assert.Equal(recordedAt, retracted.GetProperty("recordedAt").GetString());
        Assert.NotEqual(JsonValueKind.Null, retracted.GetProperty("retractedAt").ValueKind);
        Assert.Equal("""{"type":"source","id":"retracted-page","title":"A page found to be fake"}""", retracted.GetProperty("content").GetString());

        const string read = """query ($knownAt: DateTime) { node(id: "retracted-page", knownAt: $knownAt) { id ... on Source { title } } }""";
        Assert.Equal(JsonValueKind.Null, (await Server.QueryAsync(read)).Data().GetProperty("node").ValueKind);
        var before = (await Server.QueryAsync(read, new { knownAt = recordedAt })).Data().GetProperty("node");
        Assert.Equal("A page found to be fake", before.GetProperty("title").GetString());
        var version = Assert.Single(await Server.HistoryAsync("retracted-page"));
        Assert.Equal("the page is a forgery", version.GetProperty("retractionReason").GetString());
    }

    [Fact]
    public async Task Retracting_an_id_the_graph_does_not_hold_is_an_unknown_reference_error()
    {
        var payload = await Server.MutateAsync(MutationDocuments.Retract, new { id = "never-recorded", reason = "test" }, "retract");

        Assert.Equal(JsonValueKind.Null, payload.GetProperty("retracted").ValueKind);
        var error = Assert.Single(payload.GetProperty("errors").EnumerateArray());
        Assert.Equal("UnknownReferenceError", error.GetProperty("__typename").GetString());
        Assert.Equal("never-recorded", error.GetProperty("id").GetString());
        Assert.Equal(["id"], error.GetProperty("path").Strings());
        Assert.Equal("The graph holds nothing with the id \"never-recorded\"; there is nothing to retract.", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Retracting_twice_reports_that_nothing_current_is_left()
    {
        await Server.MutateAsync(MutationDocuments.UpsertSource, new { input = new { id = "twice-retracted", title = "Once" } }, "upsertSource");
        (await Server.MutateAsync(MutationDocuments.Retract, new { id = "twice-retracted", reason = "first" }, "retract")).AssertNoErrors();

        var again = await Server.MutateAsync(MutationDocuments.Retract, new { id = "twice-retracted", reason = "second" }, "retract");

        var error = Assert.Single(again.GetProperty("errors").EnumerateArray());
        Assert.Equal("ALREADY_RETRACTED", error.GetProperty("code").GetString());
        Assert.Contains("already retracted", error.GetProperty("message").GetString());
        Assert.Contains("first", error.GetProperty("message").GetString());
        Assert.Equal("first", Assert.Single(await Server.HistoryAsync("twice-retracted")).GetProperty("retractionReason").GetString());
    }

    [Fact]
    public async Task A_retraction_without_a_reason_is_a_validation_error_on_the_reason()
    {
        var payload = await Server.MutateAsync(MutationDocuments.Retract, new { id = "IND", reason = "  " }, "retract");

        var error = Assert.Single(payload.GetProperty("errors").EnumerateArray());
        Assert.Equal(["reason"], error.GetProperty("path").Strings());
        Assert.Equal(JsonValueKind.Null, Assert.Single(await Server.HistoryAsync("IND")).GetProperty("retractedAt").ValueKind);
    }
}
