using System.Text.Json;
using Microsoft.Extensions.Configuration;
using ScoGraph.Api.Mutations;
using ScoGraph.Api.Tests.Support;

namespace ScoGraph.Api.Tests.Mutations;

/// <summary>
/// Who wrote what: every version records the name of the API key that wrote it (never the key), shown in
/// <c>history</c> as <c>recordedBy</c> and <c>retractedBy</c>; keys are configured with names or in the plain forms.
/// </summary>
public sealed class WriterSpecs
{
    private static readonly Dictionary<string, string?> NamedKeys = new()
    {
        ["ScoGraph:ApiKeys:0:Name"] = "newsroom",
        ["ScoGraph:ApiKeys:0:Key"] = "newsroom-secret-1",
        ["ScoGraph:ApiKeys:1:Name"] = "archivist",
        ["ScoGraph:ApiKeys:1:Key"] = "archivist-secret-2",
    };

    [Fact]
    public async Task History_shows_the_name_of_the_key_that_wrote_and_retracted_each_version_and_never_the_key()
    {
        await using var server = await ApiServer.StartAsync(new ApiServerOptions { Seed = false, ApiKeys = [], Settings = NamedKeys });

        (await server.MutateAsync(MutationDocuments.UpsertSource, Source("writer-source", "First title"), "upsertSource", "newsroom-secret-1")).AssertNoErrors();
        (await server.MutateAsync(MutationDocuments.UpsertSource, Source("writer-source", "Second title"), "upsertSource", "archivist-secret-2")).AssertNoErrors();
        var history = await server.HistoryAsync("writer-source");

        Assert.Equal(["newsroom", "archivist"], history.Select(v => v.GetProperty("recordedBy").GetString()));
        Assert.Equal("archivist", history[0].GetProperty("retractedBy").GetString());
        Assert.Equal(JsonValueKind.Null, history[1].GetProperty("retractedBy").ValueKind);
        var text = string.Join("\n", history.Select(v => v.ToString()));
        Assert.DoesNotContain("secret", text);
    }

    [Fact]
    public async Task An_import_records_its_key_name_on_every_line_it_writes()
    {
        await using var server = await ApiServer.StartAsync(new ApiServerOptions { Seed = false, ApiKeys = [], Settings = NamedKeys });

        var payload = await server.MutateAsync(MutationDocuments.ImportFacts, new
        {
            lines = """
                {"type":"source","id":"import-writer-a","title":"A"}
                {"type":"source","id":"import-writer-b","title":"B"}
                """,
        }, "importFacts", "archivist-secret-2");
        payload.AssertNoErrors();

        Assert.Equal("archivist", (await server.HistoryAsync("import-writer-a"))[0].GetProperty("recordedBy").GetString());
        Assert.Equal("archivist", (await server.HistoryAsync("import-writer-b"))[0].GetProperty("recordedBy").GetString());
    }

    [Fact]
    public async Task The_plain_forms_keep_working_and_give_positional_names()
    {
        await using var server = await ApiServer.StartAsync(new ApiServerOptions { Seed = false, ApiKeys = ["first-key", "second-key"] });

        (await server.MutateAsync(MutationDocuments.UpsertSource, Source("plain-key-source", "T"), "upsertSource", "second-key")).AssertNoErrors();

        Assert.Equal("key2", (await server.HistoryAsync("plain-key-source"))[0].GetProperty("recordedBy").GetString());
    }

    [Fact]
    public void Every_configuration_form_reads_as_named_keys()
    {
        static IReadOnlyList<ApiKey> Read(Dictionary<string, string?> values) =>
            ApiKey.ReadAll(new ConfigurationBuilder().AddInMemoryCollection(values).Build());

        Assert.Equal([new ApiKey("key1", "a"), new ApiKey("key2", "b")], Read(new() { ["ScoGraph:ApiKeys"] = "a, b" }));
        Assert.Equal([new ApiKey("key1", "a")], Read(new() { ["ScoGraph:ApiKeys:0"] = "a" }));
        Assert.Equal([new ApiKey("ci", "k")], Read(new() { ["ScoGraph:ApiKeys:0:Name"] = "ci", ["ScoGraph:ApiKeys:0:Key"] = "k" }));
        Assert.Equal([new ApiKey("bot", "k")], Read(new() { ["ScoGraph:ApiKeys:bot"] = "k" }));
        // docker-compose passes an empty key when SCOGRAPH_API_KEY is unset: that is no key at all.
        Assert.Empty(Read(new() { ["ScoGraph:ApiKeys:0:Name"] = "operator", ["ScoGraph:ApiKeys:0:Key"] = "" }));
        Assert.Equal("ci", new ApiKey("ci", "secret").ToString());
    }

    [Fact]
    public async Task An_empty_key_as_docker_compose_passes_it_leaves_mutations_disabled()
    {
        await using var server = await ApiServer.StartAsync(new ApiServerOptions
        {
            Seed = false,
            ApiKeys = [],
            Settings = new Dictionary<string, string?> { ["ScoGraph:ApiKeys:0:Name"] = "operator", ["ScoGraph:ApiKeys:0:Key"] = "" },
        });

        var response = await server.QueryAsync(MutationDocuments.UpsertSource, Source("compose-source", "T"), apiKey: "");
        Assert.Equal("FORBIDDEN", response.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    private static object Source(string id, string title) => new { input = new { id, title } };
}
