using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ScoGraph.Api.Tests.Support;

namespace ScoGraph.Api.Tests.Mutations;

/// <summary>Mutations need <c>Authorization: Bearer &lt;key&gt;</c> with a configured key; queries stay open.</summary>
public sealed class ApiKeySpecs(SeededServerFixture fixture) : IClassFixture<SeededServerFixture>
{
    private ApiServer Server => fixture.Server;

    private static object SourceInput(string id) => new { input = new { id, title = "A page that must not be written" } };

    [Fact]
    public async Task A_mutation_without_a_key_is_refused_as_unauthenticated_and_writes_nothing()
    {
        var response = await Server.QueryAsync(MutationDocuments.UpsertSource, SourceInput("no-key-source"));

        var error = Assert.Single(response.GetProperty("errors").EnumerateArray());
        Assert.Equal("Mutations need an API key: send 'Authorization: Bearer <key>' (keys are set in ScoGraph:ApiKeys).",
            error.GetProperty("message").GetString());
        Assert.Equal("UNAUTHENTICATED", error.At("extensions", "code").GetString());
        Assert.Equal(["upsertSource"], error.GetProperty("path").EnumerateArray().Select(p => p.GetString()!).ToArray());
        Assert.Equal(JsonValueKind.Null, response.GetProperty("data").ValueKind);
        Assert.Empty(await Server.HistoryAsync("no-key-source"));
    }

    [Fact]
    public async Task A_mutation_with_a_wrong_key_is_refused_and_writes_nothing()
    {
        var response = await Server.QueryAsync(MutationDocuments.UpsertSource, SourceInput("wrong-key-source"), apiKey: "test-kez");

        var error = Assert.Single(response.GetProperty("errors").EnumerateArray());
        Assert.Equal("UNAUTHENTICATED", error.At("extensions", "code").GetString());
        Assert.Contains("Authorization: Bearer <key>", error.GetProperty("message").GetString());
        Assert.Empty(await Server.HistoryAsync("wrong-key-source"));
    }

    [Fact]
    public async Task A_key_sent_with_another_scheme_is_refused()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query = MutationDocuments.UpsertSource, variables = SourceInput("basic-scheme-source") }),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", MutationDocuments.Key);
        using var response = await Server.Client.SendAsync(request);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal("UNAUTHENTICATED", body.RootElement.At("errors", 0, "extensions", "code").GetString());
        Assert.Empty(await Server.HistoryAsync("basic-scheme-source"));
    }

    /// <summary>
    /// One document per mutation field, with an input the server would accept and write if the key check were skipped:
    /// a refusal then proves the check, not validation, stopped it.
    /// </summary>
    private static readonly IReadOnlyDictionary<string, (string Document, object Variables)> WritableInputs =
        new Dictionary<string, (string, object)>
        {
            ["upsertState"] = (MutationDocuments.UpsertState, new { input = new { iso3 = "ESP", name = "Spain" } }),
            ["upsertOrganization"] = (MutationDocuments.UpsertOrganization, new { input = new { id = "no-key-centre", name = "No Key Centre", parent = "sco" } }),
            ["upsertOfficial"] = (MutationDocuments.UpsertOfficial, new { input = new { id = "no-key-envoy", name = "No Key Envoy", nationality = "IND" } }),
            ["upsertPost"] = (MutationDocuments.UpsertPost, new { input = new { id = "no-key-coordinator", title = "No Key Coordinator", organization = "sco" } }),
            ["upsertSource"] = (MutationDocuments.UpsertSource, SourceInput("no-key-page")),
            ["recordTenure"] = (MutationDocuments.RecordTenure, new { input = new { id = "no-key-tenure", official = "zhang-deguang", post = "sco-deputy-secretary-general", start = "2001" } }),
            ["recordMeeting"] = (MutationDocuments.RecordMeeting, new { input = new { id = "no-key-meeting", title = "No key meeting", kind = "MINISTERIAL", start = "2031-03-01", host = "KAZ" } }),
            ["recordAgreement"] = (MutationDocuments.RecordAgreement, new { input = new { id = "no-key-protocol", title = "No key protocol", kind = "AGREEMENT", signed = "2031-03-01" } }),
            ["recordMembershipChange"] = (MutationDocuments.RecordMembershipChange, new { input = new { id = "no-key-change", state = "THA", toStatus = "DIALOGUE_PARTNER", effective = "2030-02-01" } }),
            ["recordClaim"] = (MutationDocuments.RecordClaim, new { input = new { subject = "sco-charter", predicate = "entryIntoForce", value = "2004", sources = new[] { new { id = "sectsco-secretariat-20-years" } } } }),
            // The organization upserted above: nothing references it, so the retraction would be written.
            ["retract"] = (MutationDocuments.Retract, new { id = "no-key-centre", reason = "no key" }),
            ["importFacts"] = (MutationDocuments.ImportFacts, new { lines = """{"type":"source","id":"no-key-import","title":"x"}""", dryRun = false }),
        };

    [Fact]
    public async Task Every_mutation_field_checks_the_key_before_it_touches_the_store()
    {
        CountingStore? store = null;
        await using var server = await ApiServer.StartAsync(new ApiServerOptions { WrapStore = real => store = new CountingStore(real) });
        var schema = await server.QueryAsync("{ __schema { mutationType { fields { name } } } }");
        var mutationFields = schema.Data().At("__schema", "mutationType", "fields").Texts("name");

        // A mutation added to the schema must be added here too, so it cannot escape the check.
        Assert.Equal(mutationFields.Order(StringComparer.Ordinal), WritableInputs.Keys.Order(StringComparer.Ordinal));
        store!.Reset();
        foreach (var (field, (document, variables)) in WritableInputs)
        {
            var response = await server.QueryAsync(document, variables);

            Assert.True(response.TryGetProperty("errors", out var errors), $"{field} ran without a key: {response}");
            var error = Assert.Single(errors.EnumerateArray());
            Assert.True("UNAUTHENTICATED" == error.At("extensions", "code").GetString(), $"{field} without a key answered: {response}");
            Assert.Equal(field, error.At("path", 0).GetString());
        }
        Assert.Equal(0, store.Total);
        Assert.Single(await server.HistoryAsync("IND"));
        Assert.Empty(await server.HistoryAsync("no-key-page"));

        // The same inputs with the key are written: only the missing key stopped them.
        foreach (var (field, (document, variables)) in WritableInputs)
            (await server.MutateAsync(document, variables, field)).AssertNoErrors();
    }

    [Fact]
    public async Task Queries_need_no_key()
    {
        var response = await Server.QueryAsync("""{ state(iso3: "IND") { name } }""");

        Assert.Equal("India", response.Data().At("state", "name").GetString());
    }

    [Fact]
    public async Task With_the_right_key_the_mutation_is_written()
    {
        var payload = await Server.MutateAsync(MutationDocuments.UpsertSource, SourceInput("keyed-source"), "upsertSource");

        payload.AssertNoErrors();
        Assert.Equal("keyed-source", payload.At("source", "id").GetString());
        Assert.Single(await Server.HistoryAsync("keyed-source"));
    }

    [Fact]
    public async Task A_server_without_configured_keys_refuses_every_mutation_as_forbidden()
    {
        await using var server = await ApiServer.StartAsync(new ApiServerOptions { Seed = false, ApiKeys = [] });

        var response = await server.QueryAsync(MutationDocuments.UpsertSource, SourceInput("keyless-server-source"), apiKey: "anything");

        var error = Assert.Single(response.GetProperty("errors").EnumerateArray());
        Assert.Equal("FORBIDDEN", error.At("extensions", "code").GetString());
        Assert.Contains("ScoGraph:ApiKeys", error.GetProperty("message").GetString());
        Assert.Empty(await server.HistoryAsync("keyless-server-source"));
    }

    [Fact]
    public async Task Any_of_several_configured_keys_is_accepted()
    {
        await using var server = await ApiServer.StartAsync(new ApiServerOptions { Seed = false, ApiKeys = ["first-key", "second-key"] });

        var payload = (await server.QueryAsync(MutationDocuments.UpsertSource, SourceInput("second-key-source"), apiKey: "second-key"))
            .Data().GetProperty("upsertSource");

        payload.AssertNoErrors();
        Assert.Single(await server.HistoryAsync("second-key-source"));
    }

    [Fact]
    public async Task Keys_can_be_configured_as_one_comma_separated_string()
    {
        await using var server = await ApiServer.StartAsync(new ApiServerOptions
        {
            Seed = false,
            ApiKeys = [],
            Settings = new Dictionary<string, string?> { ["ScoGraph:ApiKeys"] = "k1, k2" },
        });

        (await server.MutateAsync(MutationDocuments.UpsertSource, SourceInput("k1-source"), "upsertSource", apiKey: "k1")).AssertNoErrors();
        (await server.MutateAsync(MutationDocuments.UpsertSource, SourceInput("k2-source"), "upsertSource", apiKey: "k2")).AssertNoErrors();
        foreach (var nearMiss in (string[])["k1,", "k1, k2", "k"])
        {
            var response = await server.QueryAsync(MutationDocuments.UpsertSource, SourceInput("near-miss-source"), apiKey: nearMiss);
            Assert.True("UNAUTHENTICATED" == response.At("errors", 0, "extensions", "code").GetString(), $"The key '{nearMiss}' was not refused: {response}");
        }
        Assert.Single(await server.HistoryAsync("k1-source"));
        Assert.Single(await server.HistoryAsync("k2-source"));
        Assert.Empty(await server.HistoryAsync("near-miss-source"));
    }

    [Fact]
    public async Task A_mutation_sent_over_GET_is_not_run_even_with_a_key()
    {
        var query = Uri.EscapeDataString("""mutation { upsertSource(input: { id: "get-source", title: "Over GET" }) { errors { message } } }""");
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/graphql?query={query}");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", MutationDocuments.Key);

        using var response = await Server.Client.SendAsync(request);

        Assert.False(response.IsSuccessStatusCode, $"GET ran a mutation: {(int)response.StatusCode}");
        Assert.Empty(await Server.HistoryAsync("get-source"));
    }
}
