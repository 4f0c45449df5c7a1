using ScoGraph.Api.Tests.Support;

namespace ScoGraph.Api.Tests.Mutations;

/// <summary>Each upsert/record mutation writes its entity, answers with it as stored, and a query then reads it back.</summary>
public sealed class UpsertSpecs(SeededServerFixture fixture) : IClassFixture<SeededServerFixture>
{
    private ApiServer Server => fixture.Server;

    [Fact]
    public async Task UpsertState_creates_a_state_that_state_by_iso3_then_returns()
    {
        var payload = await Server.MutateAsync(MutationDocuments.UpsertState, new
        {
            input = new { iso3 = "ESP", name = "Spain", aliases = new[] { "Kingdom of Spain" }, sources = new[] { new { id = "sectsco-secretariat-20-years" } } },
        }, "upsertState");

        payload.AssertNoErrors();
        Assert.Equal("ESP", payload.At("state", "id").GetString());
        Assert.Equal("Spain", payload.At("state", "name").GetString());
        var state = (await Server.QueryAsync("""{ state(iso3: "ESP") { id iso3 name aliases sources { id } } }""")).Data().GetProperty("state");
        Assert.Equal("ESP", state.GetProperty("iso3").GetString());
        Assert.Equal(["Kingdom of Spain"], state.GetProperty("aliases").Strings());
        Assert.Equal("sectsco-secretariat-20-years", state.At("sources", 0, "id").GetString());
    }

    [Fact]
    public async Task UpsertOrganization_creates_a_body_of_its_parent()
    {
        var payload = await Server.MutateAsync(MutationDocuments.UpsertOrganization, new
        {
            input = new { id = "sco-test-centre", name = "SCO Test Centre", aliases = new[] { "STC" }, parent = "sco" },
        }, "upsertOrganization");

        payload.AssertNoErrors();
        Assert.Equal("sco", payload.At("organization", "parent", "id").GetString());
        var node = (await Server.QueryAsync("""{ node(id: "sco-test-centre") { ... on Organization { name aliases parent { id } } } }""")).Data().GetProperty("node");
        Assert.Equal("SCO Test Centre", node.GetProperty("name").GetString());
        Assert.Equal(["STC"], node.GetProperty("aliases").Strings());
        Assert.Equal("sco", node.At("parent", "id").GetString());
    }

    [Fact]
    public async Task UpsertOfficial_creates_an_official_with_a_nationality()
    {
        var payload = await Server.MutateAsync(MutationDocuments.UpsertOfficial, new
        {
            input = new { id = "test-envoy", name = "Test Envoy", aliases = new[] { "T. Envoy" }, nationality = "IND" },
        }, "upsertOfficial");

        payload.AssertNoErrors();
        Assert.Equal("IND", payload.At("official", "nationality", "id").GetString());
        var node = (await Server.QueryAsync("""{ node(id: "test-envoy") { ... on Official { name aliases nationality { id } } } }""")).Data().GetProperty("node");
        Assert.Equal("Test Envoy", node.GetProperty("name").GetString());
        Assert.Equal("IND", node.At("nationality", "id").GetString());
    }

    [Fact]
    public async Task UpsertPost_creates_a_post_of_an_organization()
    {
        var payload = await Server.MutateAsync(MutationDocuments.UpsertPost, new
        {
            input = new { id = "sco-test-coordinator", title = "SCO Test Coordinator", organization = "sco" },
        }, "upsertPost");

        payload.AssertNoErrors();
        var node = (await Server.QueryAsync("""{ node(id: "sco-test-coordinator") { ... on Post { title organization { id } state { id } } } }""")).Data().GetProperty("node");
        Assert.Equal("SCO Test Coordinator", node.GetProperty("title").GetString());
        Assert.Equal("sco", node.At("organization", "id").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, node.GetProperty("state").ValueKind);
    }

    [Fact]
    public async Task UpsertSource_creates_a_source_with_a_partial_publication_date()
    {
        var payload = await Server.MutateAsync(MutationDocuments.UpsertSource, new
        {
            input = new { id = "test-news-page", title = "A test news page", url = "https://example.org/news", publisher = "Example", published = "2024-05", language = "en", excerpt = "Short." },
        }, "upsertSource");

        payload.AssertNoErrors();
        Assert.Equal("2024-05", payload.At("source", "published").GetString());
        var node = (await Server.QueryAsync("""{ node(id: "test-news-page") { ... on Source { title url publisher published language excerpt } } }""")).Data().GetProperty("node");
        Assert.Equal("https://example.org/news", node.GetProperty("url").GetString());
        Assert.Equal("2024-05", node.GetProperty("published").GetString());
        Assert.Equal("en", node.GetProperty("language").GetString());
    }

    [Fact]
    public async Task RecordTenure_adds_a_holder_that_officeHolders_lists()
    {
        var payload = await Server.MutateAsync(MutationDocuments.RecordTenure, new
        {
            input = new { id = "zhang-deguang-test-deputy", official = "zhang-deguang", post = "sco-deputy-secretary-general", start = "2001", end = "2003-12", sources = new[] { new { id = "sectsco-secretariat-20-years", quote = "test" } } },
        }, "recordTenure");

        payload.AssertNoErrors();
        Assert.Equal("2001", payload.At("tenure", "period", "start").GetString());
        Assert.Equal("2003-12", payload.At("tenure", "period", "end").GetString());
        var holders = (await Server.QueryAsync("""{ officeHolders(post: "sco-deputy-secretary-general", asOf: "2002-06-01") { id official { id } period { start end } } }"""))
            .Data().GetProperty("officeHolders").EnumerateArray().ToArray();
        var tenure = Assert.Single(holders, h => h.GetProperty("id").GetString() == "zhang-deguang-test-deputy");
        Assert.Equal("zhang-deguang", tenure.At("official", "id").GetString());
    }

    [Fact]
    public async Task RecordMeeting_creates_a_meeting_with_participants_and_decisions()
    {
        var payload = await Server.MutateAsync(MutationDocuments.RecordMeeting, new
        {
            input = new
            {
                id = "2031-test-ministerial", title = "Test ministerial", kind = "MINISTERIAL", start = "2031-03-01", end = "2031-03-02",
                city = "Astana", country = "KAZ", host = "KAZ",
                participants = new object[] { new { entity = "KAZ", role = "host" }, new { entity = "rashid-alimov", role = "guest", represented = "sco" } },
                topics = new[] { "testing" }, decisions = new[] { "Adopted a test plan" },
            },
        }, "recordMeeting");

        payload.AssertNoErrors();
        Assert.Equal("MINISTERIAL", payload.At("meeting", "kind").GetString());
        Assert.False(payload.At("meeting", "virtual").GetBoolean());
        var node = (await Server.QueryAsync("""
            { node(id: "2031-test-ministerial") { ... on Meeting { title kind city host { id } period { start end } decisions participants { role participant { ... on Official { id } ... on State { id } } } } } }
            """)).Data().GetProperty("node");
        Assert.Equal("KAZ", node.At("host", "id").GetString());
        Assert.Equal("2031-03-02", node.At("period", "end").GetString());
        Assert.Equal(["Adopted a test plan"], node.GetProperty("decisions").Strings());
        Assert.Equal(["KAZ", "rashid-alimov"], node.GetProperty("participants").EnumerateArray().Select(p => p.At("participant", "id").GetString()!).ToArray());
    }

    [Fact]
    public async Task RecordAgreement_creates_an_agreement_with_its_parties()
    {
        var payload = await Server.MutateAsync(MutationDocuments.RecordAgreement, new
        {
            input = new
            {
                id = "test-protocol-2031", title = "Test protocol", kind = "AGREEMENT", signed = "2031-03-01", entryIntoForce = "2031-06",
                parties = new object[] { new { party = "KAZ", signed = "2031-03-01", ratified = "2031-05" }, new { party = "CHN", signed = "2031-03-01" } },
            },
        }, "recordAgreement");

        payload.AssertNoErrors();
        var node = (await Server.QueryAsync("""
            { node(id: "test-protocol-2031") { ... on Agreement { kind signed entryIntoForce parties { party { ... on State { id } } signed ratified } } } }
            """)).Data().GetProperty("node");
        Assert.Equal("AGREEMENT", node.GetProperty("kind").GetString());
        Assert.Equal("2031-06", node.GetProperty("entryIntoForce").GetString());
        Assert.Equal(["KAZ", "CHN"], node.GetProperty("parties").EnumerateArray().Select(p => p.At("party", "id").GetString()!).ToArray());
        Assert.Equal("2031-05", node.At("parties", 0, "ratified").GetString());
    }

    [Fact]
    public async Task RecordMembershipChange_changes_the_status_a_state_has_on_later_dates()
    {
        var payload = await Server.MutateAsync(MutationDocuments.RecordMembershipChange, new
        {
            input = new { id = "THA-test-dialogue-partner", state = "THA", toStatus = "DIALOGUE_PARTNER", effective = "2030-02-01" },
        }, "recordMembershipChange");

        payload.AssertNoErrors();
        Assert.Equal("sco", payload.At("membershipChange", "organization", "id").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, payload.At("membershipChange", "fromStatus").ValueKind);
        Assert.Equal("DIALOGUE_PARTNER", payload.At("membershipChange", "toStatus").GetString());
        var state = (await Server.QueryAsync("""{ state(iso3: "THA") { before: status(asOf: "2030-01-31") after: status(asOf: "2030-02-01") } }""")).Data().GetProperty("state");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, state.GetProperty("before").ValueKind);
        Assert.Equal("DIALOGUE_PARTNER", state.GetProperty("after").GetString());
    }
}
