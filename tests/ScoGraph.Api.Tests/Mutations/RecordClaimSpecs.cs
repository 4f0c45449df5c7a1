using System.Text.Json;
using ScoGraph.Api.Tests.Support;

namespace ScoGraph.Api.Tests.Mutations;

/// <summary><c>recordClaim</c> keeps every sourced claim and returns the conflict a disagreeing claim is part of.</summary>
public sealed class RecordClaimSpecs(SeededServerFixture fixture) : IClassFixture<SeededServerFixture>
{
    private ApiServer Server => fixture.Server;

    private Task<JsonElement> ClaimAsync(string subject, string predicate, string value, string source) =>
        Server.MutateAsync(MutationDocuments.RecordClaim, new
        {
            input = new { subject, predicate, value, sources = new[] { new { id = source, quote = $"{predicate}: {value}" } } },
        }, "recordClaim");

    [Fact]
    public async Task A_claim_that_disagrees_with_the_field_returns_the_conflict_with_both_values_and_their_sources()
    {
        var payload = await ClaimAsync("sco-charter", "entryIntoForce", "2003", "sectsco-secretariat-20-years");

        payload.AssertNoErrors();
        var conflict = payload.GetProperty("conflict");
        Assert.Equal("entryIntoForce", conflict.GetProperty("predicate").GetString());
        var claims = conflict.GetProperty("claims").EnumerateArray().ToArray();
        Assert.Equal(["2003", "2003-09-19"], claims.Select(c => c.GetProperty("value").GetString()!).ToArray());
        Assert.Contains("sectsco-secretariat-20-years", claims[0].GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("id").GetString()));
        var listed = (await Server.QueryAsync("""{ conflicts { predicate subject { id } } }""")).Data().GetProperty("conflicts").EnumerateArray();
        Assert.Contains(listed, c => c.GetProperty("predicate").GetString() == "entryIntoForce" && c.At("subject", "id").GetString() == "sco-charter");
    }

    [Fact]
    public async Task A_claim_that_agrees_with_everything_known_returns_no_conflict()
    {
        var payload = await ClaimAsync("sco-charter", "signed", "2002-06-07", "sectsco-secretariat-20-years");

        payload.AssertNoErrors();
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("conflict").ValueKind);
    }

    [Fact]
    public async Task Two_claims_with_different_values_stand_side_by_side_as_a_conflict()
    {
        var first = await ClaimAsync("KAZ", "testCapitalRenamed", "2019", "sectsco-secretariat-20-years");
        var second = await ClaimAsync("KAZ", "testCapitalRenamed", "2022", "sectsco-secretariat-20-years");

        Assert.Equal(JsonValueKind.Null, first.GetProperty("conflict").ValueKind);
        Assert.Equal(["2019", "2022"], second.GetProperty("conflict").GetProperty("claims").EnumerateArray()
            .Select(c => c.GetProperty("value").GetString()!).ToArray());
        Assert.Contains("testCapitalRenamed of KAZ", second.At("conflict", "description").GetString());
    }

    [Fact]
    public async Task Recording_the_same_claim_again_finds_the_same_claim()
    {
        await ClaimAsync("UZB", "testAttested", "yes", "sectsco-secretariat-20-years");
        await ClaimAsync("UZB", "testAttested", "yes", "sectsco-secretariat-20-years");

        var id = ScoGraph.Domain.Model.Claim.IdFor("UZB", "testAttested", "yes");
        Assert.Single(await Server.HistoryAsync(id));
    }

    [Fact]
    public async Task A_claim_about_an_unknown_subject_is_an_unknown_reference_error()
    {
        var payload = await ClaimAsync("atlantis", "founded", "1000", "sectsco-secretariat-20-years");

        var error = Assert.Single(payload.GetProperty("errors").EnumerateArray());
        Assert.Equal("atlantis", error.GetProperty("id").GetString());
        Assert.Equal(["input", "subject"], error.GetProperty("path").Strings());
    }

    [Fact]
    public async Task Retracting_one_side_of_a_conflict_ends_the_conflict()
    {
        await ClaimAsync("TJK", "testFounded", "1991", "sectsco-secretariat-20-years");
        var second = await ClaimAsync("TJK", "testFounded", "1992", "sectsco-secretariat-20-years");
        Assert.NotEqual(JsonValueKind.Null, second.GetProperty("conflict").ValueKind);

        var id = ScoGraph.Domain.Model.Claim.IdFor("TJK", "testFounded", "1992");
        var retract = await Server.MutateAsync(MutationDocuments.Retract, new { id, reason = "misread the source" }, "retract");

        retract.AssertNoErrors();
        Assert.Contains("\"value\":\"1992\"", retract.At("retracted", "content").GetString());
        var conflicts = (await Server.QueryAsync("""{ conflicts { predicate } }""")).Data().GetProperty("conflicts").EnumerateArray();
        Assert.DoesNotContain(conflicts, c => c.GetProperty("predicate").GetString() == "testFounded");
    }
}
