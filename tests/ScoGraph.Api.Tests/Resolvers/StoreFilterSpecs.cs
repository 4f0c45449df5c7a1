using ScoGraph.Api.Tests.Support;

namespace ScoGraph.Api.Tests.Resolvers;

/// <summary>
/// Filters the store can answer with an index are pushed into it (issue 11, finding 8): a page of meetings or
/// agreements of several kinds or in force on a day, or of sources by text or language, is one store call whatever the size of the store,
/// not a read of every page.
/// </summary>
public sealed class StoreFilterSpecs : IAsyncLifetime
{
    private CountingStore? _store;
    private ApiServer? _server;

    public async Task InitializeAsync() =>
        _server = await ApiServer.StartAsync(new ApiServerOptions { WrapStore = real => _store = new CountingStore(real) });

    public async Task DisposeAsync() => await _server!.DisposeAsync();

    [Theory]
    [InlineData("""{ meetings(first: 2, where: { kind: [HEADS_OF_STATE, CONFERENCE] }) { totalCount nodes { id } pageInfo { endCursor } } }""", "meetings")]
    [InlineData("""{ agreements(first: 2, where: { kind: [CHARTER, CONVENTION, TREATY] }) { totalCount nodes { id } pageInfo { endCursor } } }""", "agreements")]
    [InlineData("""{ agreements(first: 2, where: { inForceOn: "2020-01-01" }) { totalCount nodes { id } pageInfo { endCursor } } }""", "agreements")]
    [InlineData("""{ sources(first: 2, where: { language: "EN" }) { totalCount nodes { id } pageInfo { endCursor } } }""", "sources")]
    [InlineData("""{ sources(first: 2, where: { text: "sco" }) { totalCount nodes { id } pageInfo { endCursor } } }""", "sources")]
    public async Task A_filtered_page_is_one_store_call(string query, string field)
    {
        _store!.Reset();

        var data = (await _server!.QueryAsync(query)).Data();

        Assert.Equal(2, data.At(field, "nodes").GetArrayLength());
        Assert.True(data.At(field, "totalCount").GetInt32() > 2);
        Assert.Equal(new Dictionary<string, int> { ["FindEntitiesAsync"] = 1 }, _store.Calls);
    }
}
