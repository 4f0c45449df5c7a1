using System.Text.Json;
using ScoGraph.Api.Tests.Support;

namespace ScoGraph.Api.Tests.Mutations;

/// <summary>
/// Retracting an entity that current facts still reference is refused, naming them, on every path (issue 11,
/// finding 3): before, retracting an official with a tenure made <c>officeHolders</c> answer <c>data: null</c>.
/// </summary>
public sealed class ReferencedRetractionSpecs
{
    private const string OfficeHolders = """{ officeHolders(post: "sco-secretary-general") { id official { id } } }""";

    [Fact]
    public async Task The_retract_mutation_refuses_an_official_who_holds_a_tenure_and_names_it()
    {
        await using var server = await ApiServer.StartAsync();
        var before = (await server.QueryAsync(OfficeHolders)).Data().At("officeHolders").GetArrayLength();

        var payload = await server.MutateAsync(MutationDocuments.Retract, new { id = "zhang-deguang", reason = "test" }, "retract");

        Assert.Equal(JsonValueKind.Null, payload.GetProperty("retracted").ValueKind);
        var error = Assert.Single(payload.GetProperty("errors").EnumerateArray());
        Assert.Equal("STILL_REFERENCED", error.GetProperty("code").GetString());
        Assert.Contains("zhang-deguang-sco-secretary-general", error.GetProperty("message").GetString());
        var holders = (await server.QueryAsync(OfficeHolders)).Data();
        Assert.Equal(before, holders.At("officeHolders").GetArrayLength());
    }

    [Fact]
    public async Task An_import_refuses_the_retraction_on_its_line_unless_the_referencing_facts_go_in_the_same_batch()
    {
        await using var server = await ApiServer.StartAsync();
        const string Holders = """{ officeHolders(post: "sco-deputy-secretary-general") { id } }""";
        var setUp = await server.MutateAsync(MutationDocuments.ImportFacts, new
        {
            lines = """{"type":"official","id":"ref-test-official","name":"Ref Test Official","nationality":"IND"}""" + "\n"
                + """{"type":"tenure","id":"ref-test-tenure","official":"ref-test-official","post":"sco-deputy-secretary-general","start":"2001"}""",
        }, "importFacts");
        Assert.True(setUp.GetProperty("committed").GetBoolean(), setUp.ToString());
        var before = (await server.QueryAsync(Holders)).Data().At("officeHolders").GetArrayLength();
        const string Alone = """{"type":"retraction","target":"ref-test-official","reason":"test"}""";

        var refused = await server.MutateAsync(MutationDocuments.ImportFacts, new { lines = Alone }, "importFacts");

        Assert.False(refused.GetProperty("committed").GetBoolean());
        var error = Assert.Single(refused.GetProperty("errors").EnumerateArray());
        Assert.Contains("\"ref-test-tenure\"", error.GetProperty("message").GetString());
        Assert.Equal(1, error.GetProperty("line").GetInt32());
        Assert.Equal(before, (await server.QueryAsync(Holders)).Data().At("officeHolders").GetArrayLength());

        var together = """{"type":"retraction","target":"ref-test-tenure","reason":"test"}""" + "\n" + Alone;
        var accepted = await server.MutateAsync(MutationDocuments.ImportFacts, new { lines = together }, "importFacts");

        Assert.True(accepted.GetProperty("committed").GetBoolean(), accepted.ToString());
        Assert.Equal(before - 1, (await server.QueryAsync(Holders)).Data().At("officeHolders").GetArrayLength());
    }
}
