using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ScoGraph.Api.Tests.Support;

namespace ScoGraph.Api.Tests.Operations;

/// <summary>Per-client limits (<c>ScoGraph:RateLimit</c>): 429 with <c>Retry-After</c> and a GraphQL error coded <c>RATE_LIMITED</c>.</summary>
public sealed class RateLimitSpecs
{
    private static Dictionary<string, string?> Limits(int permits) => new()
    {
        ["ScoGraph:RateLimit:Enabled"] = "true",
        ["ScoGraph:RateLimit:PermitLimit"] = permits.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["ScoGraph:RateLimit:Window"] = "00:01:00",
        ["ScoGraph:ApiKeys:0:Name"] = "importer",
        ["ScoGraph:ApiKeys:0:Key"] = "importer-secret",
    };

    [Fact]
    public async Task A_client_over_its_limit_gets_429_with_Retry_After_and_a_GraphQL_error()
    {
        await using var server = await ApiServer.StartAsync(new ApiServerOptions { Seed = false, ApiKeys = [], Settings = Limits(2) });

        Assert.Equal(HttpStatusCode.OK, (await SendAsync(server, null)).Status);
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(server, null)).Status);
        var (status, retryAfter, body) = await SendAsync(server, null);

        Assert.Equal(HttpStatusCode.TooManyRequests, status);
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter!.Value.TotalSeconds, 1, 60);
        var error = Assert.Single(body.GetProperty("errors").EnumerateArray());
        Assert.Equal("RATE_LIMITED", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("Retry after", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task An_API_key_has_its_own_allowance_and_a_made_up_key_counts_as_its_address()
    {
        await using var server = await ApiServer.StartAsync(new ApiServerOptions { Seed = false, ApiKeys = [], Settings = Limits(1) });

        Assert.Equal(HttpStatusCode.OK, (await SendAsync(server, null)).Status);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await SendAsync(server, "made-up-token")).Status);
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(server, "importer-secret")).Status);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await SendAsync(server, "importer-secret")).Status);
    }

    [Fact]
    public async Task Health_probes_are_never_limited()
    {
        await using var server = await ApiServer.StartAsync(new ApiServerOptions { Seed = false, ApiKeys = [], Settings = Limits(1) });
        for (var i = 0; i < 5; i++)
        {
            using var live = await server.Client.GetAsync("/health/live");
            Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        }
    }

    private static async Task<(HttpStatusCode Status, TimeSpan? RetryAfter, JsonElement Body)> SendAsync(ApiServer server, string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = "{ __typename }" }) };
        if (key is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using var response = await server.Client.SendAsync(request);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        return (response.StatusCode, response.Headers.RetryAfter?.Delta, body);
    }
}
