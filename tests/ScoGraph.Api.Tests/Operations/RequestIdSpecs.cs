using System.Net.Http.Json;
using ScoGraph.Api.Tests.Support;

namespace ScoGraph.Api.Tests.Operations;

/// <summary>Every response carries <c>X-Request-Id</c>: the client's when well-formed, else one of ours, unique per request.</summary>
public sealed class RequestIdSpecs(SeededServerFixture fixture) : IClassFixture<SeededServerFixture>
{
    private const string Header = "X-Request-Id";

    [Fact]
    public async Task A_well_formed_incoming_id_is_kept_and_echoed()
    {
        var id = "3f2c9a1e-7b44-4d0e-9b1a-0c6d2e8f5a11";
        Assert.Equal(id, await SendAsync(id));
        Assert.Equal("edge-proxy:42.7_a", await SendAsync("edge-proxy:42.7_a"));
    }

    [Theory]
    [InlineData("has space")]
    [InlineData("quote\"d")]
    [InlineData("new\\nline")]
    public async Task A_malformed_incoming_id_is_replaced_by_our_own(string incoming)
    {
        var id = await SendAsync(incoming);
        Assert.NotEqual(incoming, id);
        Assert.False(string.IsNullOrWhiteSpace(id));
    }

    [Fact]
    public async Task An_overlong_incoming_id_is_replaced_not_trimmed()
    {
        var incoming = new string('a', 129);
        var id = await SendAsync(incoming);
        Assert.DoesNotContain("aaaa", id);
    }

    [Fact]
    public async Task Without_an_incoming_id_each_request_gets_its_own_also_on_health_and_refusals()
    {
        var first = await SendAsync(null);
        var second = await SendAsync(null);
        Assert.NotEqual(first, second);

        using var health = await fixture.Server.Client.GetAsync("/health/live");
        Assert.True(health.Headers.Contains(Header));
        using var refused = await fixture.Server.Client.PostAsync("/graphql", new StringContent("{ not json", System.Text.Encoding.UTF8, "application/json"));
        Assert.True(refused.Headers.Contains(Header));
    }

    private async Task<string> SendAsync(string? incoming)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = "{ __typename }" }) };
        if (incoming is not null) request.Headers.TryAddWithoutValidation(Header, incoming);
        using var response = await fixture.Server.Client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return Assert.Single(response.Headers.GetValues(Header));
    }
}
