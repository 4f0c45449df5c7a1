using System.Diagnostics;
using System.Net;
using System.Text.Json;
using ScoGraph.Api.Tests.Support;

namespace ScoGraph.Api.Tests.Operations;

/// <summary>
/// Stopping the server (what SIGTERM does) lets requests in flight finish within <c>ScoGraph:ShutdownDrain</c>, and
/// no longer: a request that outlasts the drain is cut off and the server stops anyway.
/// </summary>
public sealed class ShutdownSpecs
{
    private const string Query = "{ state(iso3: \"IND\") { name } }";

    [Fact]
    public async Task A_request_in_flight_when_the_server_stops_still_gets_its_answer()
    {
        SlowStore? slow = null;
        await using var server = await ApiServer.StartAsync(new ApiServerOptions
        {
            WrapStore = store => slow = new SlowStore(store),
            Settings = new Dictionary<string, string?> { ["ScoGraph:ShutdownDrain"] = "00:00:20" },
        });
        slow!.Armed = true;

        var answer = server.Client.PostAsync("/graphql", Json(Query));
        await slow.Entered;
        var stopping = Stopwatch.StartNew();
        await server.StopAsync();
        stopping.Stop();

        using var response = await answer;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("India", body.GetProperty("data").GetProperty("state").GetProperty("name").GetString());
        Assert.True(stopping.Elapsed >= TimeSpan.FromSeconds(1), $"stopped after {stopping.Elapsed}, before the request could finish");
        Assert.True(stopping.Elapsed < TimeSpan.FromSeconds(15), $"stopping took {stopping.Elapsed}");
    }

    [Fact]
    public async Task A_request_longer_than_the_drain_is_cut_off_and_the_server_stops_after_the_drain()
    {
        SlowStore? slow = null;
        await using var server = await ApiServer.StartAsync(new ApiServerOptions
        {
            WrapStore = store => slow = new SlowStore(store) { Delay = TimeSpan.FromSeconds(10) },
            Settings = new Dictionary<string, string?> { ["ScoGraph:ShutdownDrain"] = "00:00:01" },
        });
        slow!.Armed = true;

        var answer = server.Client.PostAsync("/graphql", Json(Query));
        await slow.Entered;
        var stopping = Stopwatch.StartNew();
        try
        {
            await server.StopAsync();
        }
        catch (OperationCanceledException)
        {
            // The drain ran out: how the host reports a stop that did not finish in time.
        }
        stopping.Stop();

        Assert.True(stopping.Elapsed < TimeSpan.FromSeconds(8), $"stopping took {stopping.Elapsed} with a 1 s drain");
        await Assert.ThrowsAnyAsync<HttpRequestException>(() => answer);
    }

    private static StringContent Json(string query) =>
        new(JsonSerializer.Serialize(new { query }), System.Text.Encoding.UTF8, "application/json");
}
