using System.Text.Json;
using ScoGraph.Api.Tests.Support;

namespace ScoGraph.Api.Tests.Mutations;

/// <summary>Bad input is refused with typed user errors whose path points into the input; nothing is written.</summary>
public sealed class ValidationErrorSpecs(SeededServerFixture fixture) : IClassFixture<SeededServerFixture>
{
    private ApiServer Server => fixture.Server;

    [Fact]
    public async Task A_tenure_ending_before_it_starts_is_a_validation_error_on_its_end()
    {
        var payload = await Server.MutateAsync(MutationDocuments.RecordTenure, new
        {
            input = new { id = "inverted-tenure", official = "rashid-alimov", post = "sco-secretary-general", start = "2018", end = "2016" },
        }, "recordTenure");

        Assert.Equal(JsonValueKind.Null, payload.GetProperty("tenure").ValueKind);
        var error = Assert.Single(payload.GetProperty("errors").EnumerateArray());
        Assert.Equal("ValidationError", error.GetProperty("__typename").GetString());
        Assert.Equal("PERIOD_START_AFTER_END", error.GetProperty("code").GetString());
        Assert.Equal(["input", "end"], error.GetProperty("path").Strings());
        Assert.Equal("end 2016 is before start 2018", error.GetProperty("message").GetString());
        Assert.Empty(await Server.HistoryAsync("inverted-tenure"));
    }

    [Fact]
    public async Task A_month_that_does_not_exist_is_a_validation_error_naming_the_value_and_the_accepted_forms()
    {
        var payload = await Server.MutateAsync(MutationDocuments.RecordMembershipChange, new
        {
            input = new { id = "bad-month-change", state = "THA", toStatus = "OBSERVER", effective = "2006-13" },
        }, "recordMembershipChange");

        Assert.Equal(JsonValueKind.Null, payload.GetProperty("membershipChange").ValueKind);
        var error = Assert.Single(payload.GetProperty("errors").EnumerateArray());
        Assert.Equal("ValidationError", error.GetProperty("__typename").GetString());
        Assert.Equal("INVALID_PARTIAL_DATE", error.GetProperty("code").GetString());
        Assert.Equal(["input", "effective"], error.GetProperty("path").Strings());
        Assert.Equal("\"2006-13\" is not a partial date (accepted: YYYY, YYYY-MM, YYYY-MM-DD): month 13 does not exist",
            error.GetProperty("message").GetString());
        Assert.Empty(await Server.HistoryAsync("bad-month-change"));
    }

    [Fact]
    public async Task Bad_dates_in_nested_inputs_and_inline_literals_are_reported_at_their_own_paths()
    {
        var response = await Server.QueryAsync("""
            mutation {
              recordAgreement(input: { id: "bad-dates-agreement", title: "Bad dates", kind: TREATY, signed: "2020-02-30",
                                       parties: [{ party: "CHN", ratified: "20" }] }) {
                errors { path ... on ValidationError { code } }
              }
            }
            """, apiKey: MutationDocuments.Key);

        var errors = response.Data().At("recordAgreement", "errors").EnumerateArray().ToArray();
        Assert.Equal(["input.parties.0.ratified", "input.signed"],
            errors.Select(e => string.Join(".", e.GetProperty("path").Strings())).Order().ToArray());
        Assert.All(errors, e => Assert.Equal("INVALID_PARTIAL_DATE", e.GetProperty("code").GetString()));
        Assert.Empty(await Server.HistoryAsync("bad-dates-agreement"));
    }

    [Fact]
    public async Task A_bad_date_is_reported_together_with_the_other_problems_and_only_once()
    {
        var payload = await Server.MutateAsync(MutationDocuments.RecordTenure, new
        {
            input = new { id = "bad-date-and-ghost", official = "nobody-either", post = "sco-secretary-general", start = "2020-13" },
        }, "recordTenure");

        var errors = payload.GetProperty("errors").EnumerateArray().ToArray();
        Assert.Equal(2, errors.Length);
        Assert.Equal(["input", "start"], errors[0].GetProperty("path").Strings());
        Assert.Equal("INVALID_PARTIAL_DATE", errors[0].GetProperty("code").GetString());
        Assert.Equal("nobody-either", errors[1].GetProperty("id").GetString());
    }

    [Fact]
    public async Task An_unknown_official_is_an_unknown_reference_error_carrying_the_id()
    {
        var payload = await Server.MutateAsync(MutationDocuments.RecordTenure, new
        {
            input = new { id = "ghost-tenure", official = "nobody-at-all", post = "sco-secretary-general", start = "2020" },
        }, "recordTenure");

        var error = Assert.Single(payload.GetProperty("errors").EnumerateArray());
        Assert.Equal("UnknownReferenceError", error.GetProperty("__typename").GetString());
        Assert.Equal("nobody-at-all", error.GetProperty("id").GetString());
        Assert.Equal(["input", "official"], error.GetProperty("path").Strings());
        Assert.Contains("nobody-at-all", error.GetProperty("message").GetString());
        Assert.Empty(await Server.HistoryAsync("ghost-tenure"));
    }

    [Fact]
    public async Task A_problem_in_a_nested_list_has_the_list_index_in_its_path()
    {
        var payload = await Server.MutateAsync(MutationDocuments.RecordAgreement, new
        {
            input = new
            {
                id = "nested-problem-agreement", title = "Nested", kind = "TREATY", signed = "2020",
                parties = new object[] { new { party = "CHN" }, new { party = "atlantis" } },
                sources = new[] { new { id = "no-such-source" } },
            },
        }, "recordAgreement");

        var errors = payload.GetProperty("errors").EnumerateArray().ToArray();
        Assert.Contains(errors, e => e.GetProperty("id").GetString() == "atlantis" && e.GetProperty("path").Strings().SequenceEqual(["input", "parties", "1", "party"]));
        Assert.Contains(errors, e => e.GetProperty("id").GetString() == "no-such-source" && e.GetProperty("path").Strings().SequenceEqual(["input", "sources", "0", "id"]));
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("agreement").ValueKind);
        Assert.Empty(await Server.HistoryAsync("nested-problem-agreement"));
    }

    [Fact]
    public async Task Errors_on_renamed_fields_point_at_the_input_names()
    {
        var change = await Server.MutateAsync(MutationDocuments.RecordMembershipChange, new
        {
            input = new { id = "no-change", state = "THA", fromStatus = "OBSERVER", toStatus = "OBSERVER", effective = "2020" },
        }, "recordMembershipChange");
        var state = await Server.MutateAsync(MutationDocuments.UpsertState, new { input = new { iso3 = "esp", name = "Spain" } }, "upsertState");

        var unchanged = Assert.Single(change.GetProperty("errors").EnumerateArray());
        Assert.Equal("STATUS_UNCHANGED", unchanged.GetProperty("code").GetString());
        Assert.Equal(["input", "toStatus"], unchanged.GetProperty("path").Strings());
        var iso3 = Assert.Single(state.GetProperty("errors").EnumerateArray());
        Assert.Equal(["input", "iso3"], iso3.GetProperty("path").Strings());
        Assert.Equal("INVALID_ISO3", iso3.GetProperty("code").GetString());
        Assert.Contains("ISO 3166 alpha-3", iso3.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Every_problem_of_an_input_is_reported_at_once()
    {
        var payload = await Server.MutateAsync(MutationDocuments.RecordMeeting, new
        {
            input = new { id = "many-problems", title = " ", kind = "OTHER", start = "2020-05-02", end = "2020-05-01", host = "nowhere" },
        }, "recordMeeting");

        var paths = payload.GetProperty("errors").EnumerateArray().Select(e => string.Join(".", e.GetProperty("path").Strings())).ToArray();
        Assert.Equal(["input.end", "input.host", "input.title"], paths.Order().ToArray());
    }

    [Fact]
    public async Task A_claim_without_sources_is_refused()
    {
        var payload = await Server.MutateAsync(MutationDocuments.RecordClaim, new
        {
            input = new { subject = "sco-charter", predicate = "entryIntoForce", value = "2003", sources = Array.Empty<object>() },
        }, "recordClaim");

        var error = Assert.Single(payload.GetProperty("errors").EnumerateArray());
        Assert.Equal("REQUIRED", error.GetProperty("code").GetString());
        Assert.Equal(["input", "sources"], error.GetProperty("path").Strings());
    }
}
