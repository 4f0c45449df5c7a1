using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ScoGraph.Api.Tests.Support;
using ScoGraph.Api.Hosting;

namespace ScoGraph.Api.Tests.Operations;

/// <summary><c>/health/live</c> says the process serves; <c>/health/ready</c> that the store answers, is migrated and holds the dataset.</summary>
public sealed class HealthSpecs
{
    [Fact]
    public async Task A_started_server_is_live_and_ready_and_says_why()
    {
        await using var server = await ApiServer.StartAsync();

        using var live = await server.Client.GetAsync("/health/live");
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal("Healthy", JsonDocument.Parse(await live.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetString());

        using var ready = await server.Client.GetAsync("/health/ready");
        var body = JsonDocument.Parse(await ready.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var store = body.GetProperty("checks").GetProperty("store");
        Assert.Equal("Healthy", store.GetProperty("status").GetString());
        Assert.StartsWith("SQLite schema version ", store.GetProperty("data").GetProperty("schema").GetString());
        Assert.StartsWith("shipped dataset sha256:", store.GetProperty("data").GetProperty("dataset").GetString());
    }

    [Fact]
    public async Task A_store_that_cannot_be_read_makes_the_server_unready_but_still_live()
    {
        await using var server = await ApiServer.StartAsync(new ApiServerOptions { Seed = false });
        // The real store, closed under the running server: reads now fail as they would on a broken disk.
        await server.Services.GetRequiredService<OpenedStore>().DisposeAsync();

        using var ready = await server.Client.GetAsync("/health/ready");
        var body = JsonDocument.Parse(await ready.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("Unhealthy", body.GetProperty("status").GetString());
        Assert.StartsWith("The store cannot be read", body.GetProperty("checks").GetProperty("store").GetProperty("description").GetString());

        using var live = await server.Client.GetAsync("/health/live");
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }
}
