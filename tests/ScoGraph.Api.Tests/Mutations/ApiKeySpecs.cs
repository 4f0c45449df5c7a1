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

    [Fact]
    public async Task Every_mutation_field_checks_the_key_before_it_reads_its_input()
    {
        // Inputs that would be refused by validation anyway: the key check must come first for every field.
        var refused = new (string Document, object Variables, string Field)[]
        {
            (MutationDocuments.Retract, new { id = "IND", reason = "test" }, "retract"),
            (MutationDocuments.ImportFacts, new { lines = "{}", dryRun = true }, "importFacts"),
            (MutationDocuments.RecordClaim, new { input = new { subject = "IND", predicate = "p", value = "v", sources = Array.Empty<object>() } }, "recordClaim"),
            (MutationDocuments.UpsertState, new { input = new { iso3 = "IND", name = "" } }, "upsertState"),
        };
        foreach (var (document, variables, field) in refused)
        {
            var response = await Server.QueryAsync(document, variables);
            var error = Assert.Single(response.GetProperty("errors").EnumerateArray());
            Assert.Equal("UNAUTHENTICATED", error.At("extensions", "code").GetString());
            Assert.Equal(field, error.At("path", 0).GetString());
        }
        Assert.Single(await Server.HistoryAsync("IND"));
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
