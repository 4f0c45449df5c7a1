using ScoGraph.Api.Tests.Support;

namespace ScoGraph.Api.Tests.Mutations;

/// <summary>What mutations ask of the store: nothing at all when refused for the key, a fixed handful when they write.</summary>
public sealed class StoreCallSpecs : IAsyncLifetime
{
    private CountingStore? _store;
    private ApiServer? _server;

    private ApiServer Server => _server!;
    private CountingStore Store => _store!;

    public async Task InitializeAsync() =>
        _server = await ApiServer.StartAsync(new ApiServerOptions { WrapStore = real => _store = new CountingStore(real) });

    public async Task DisposeAsync() => await Server.DisposeAsync();

    [Fact]
    public async Task A_mutation_refused_for_its_key_makes_no_store_call()
    {
        Store.Reset();

        await Server.QueryAsync(MutationDocuments.ImportFacts, new { lines = """{"type":"source","id":"uncounted","title":"x"}""" });
        await Server.QueryAsync(MutationDocuments.Retract, new { id = "IND", reason = "x" }, apiKey: "wrong");
        await Server.QueryAsync(MutationDocuments.UpsertState, new { input = new { iso3 = "ESP", name = "Spain" } });

        Assert.Equal(0, Store.Total);
    }

    [Fact]
    public async Task An_upsert_validates_and_writes_in_two_store_calls()
    {
        Store.Reset();

        var payload = await Server.MutateAsync("""
            mutation ($input: OfficialInput!) { upsertOfficial(input: $input) { official { id name } errors { message } } }
            """, new { input = new { id = "counted-official", name = "Counted", nationality = "IND", sources = new[] { new { id = "sectsco-secretariat-20-years" } } } },
            "upsertOfficial");

        payload.AssertNoErrors();
        Assert.Equal(new Dictionary<string, int> { ["LoadEntitiesAsync"] = 1, ["WriteAsync"] = 1 }, Store.Calls);
    }

    [Fact]
    public async Task An_invalid_input_is_refused_without_a_write()
    {
        Store.Reset();

        var payload = await Server.MutateAsync(MutationDocuments.RecordTenure, new
        {
            input = new { id = "uncounted-tenure", official = "nobody", post = "sco-secretary-general", start = "2020" },
        }, "recordTenure");

        Assert.Equal(1, payload.GetProperty("errors").GetArrayLength());
        Assert.False(Store.Calls.ContainsKey("WriteAsync"));
    }
}
