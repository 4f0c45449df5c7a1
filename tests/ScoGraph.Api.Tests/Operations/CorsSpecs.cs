using System.Net;
using ScoGraph.Api.Tests.Support;

namespace ScoGraph.Api.Tests.Operations;

/// <summary>CORS allows exactly the origins in <c>ScoGraph:Cors:AllowedOrigins</c>; none by default.</summary>
public sealed class CorsSpecs
{
    private const string App = "https://app.example.org";

    [Fact]
    public async Task By_default_no_origin_is_allowed()
    {
        await using var server = await ApiServer.StartAsync(new ApiServerOptions { Seed = false });

        using var preflight = await server.Client.SendAsync(Preflight(App));
        Assert.False(preflight.Headers.Contains("Access-Control-Allow-Origin"));
        using var post = await server.Client.SendAsync(Post(App));
        Assert.False(post.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task A_configured_origin_gets_a_correct_preflight_answer_and_readable_responses()
    {
        await using var server = await ApiServer.StartAsync(new ApiServerOptions
        {
            Seed = false,
            Settings = new Dictionary<string, string?> { ["ScoGraph:Cors:AllowedOrigins:0"] = App + "/", ["ScoGraph:Cors:AllowedOrigins:1"] = "http://localhost:3000" },
        });

        using var preflight = await server.Client.SendAsync(Preflight(App));
        Assert.Equal(HttpStatusCode.NoContent, preflight.StatusCode);
        Assert.Equal(App, Single(preflight, "Access-Control-Allow-Origin"));
        Assert.Contains("POST", Single(preflight, "Access-Control-Allow-Methods"));
        var allowedHeaders = Single(preflight, "Access-Control-Allow-Headers").ToLowerInvariant();
        Assert.Contains("content-type", allowedHeaders);
        Assert.Contains("authorization", allowedHeaders);
        Assert.Equal("600", Single(preflight, "Access-Control-Max-Age"));
        Assert.False(preflight.Headers.Contains("Access-Control-Allow-Credentials"));

        using var post = await server.Client.SendAsync(Post(App));
        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        Assert.Equal(App, Single(post, "Access-Control-Allow-Origin"));
        Assert.Contains("X-Request-Id", Single(post, "Access-Control-Expose-Headers"));

        using var other = await server.Client.SendAsync(Preflight("https://evil.example.com"));
        Assert.False(other.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Origins_can_be_given_as_one_comma_separated_value()
    {
        await using var server = await ApiServer.StartAsync(new ApiServerOptions
        {
            Seed = false,
            Settings = new Dictionary<string, string?> { ["ScoGraph:Cors:AllowedOrigins"] = "http://localhost:3000, " + App },
        });

        using var preflight = await server.Client.SendAsync(Preflight(App));
        Assert.Equal(App, Single(preflight, "Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task A_value_that_is_not_an_origin_stops_the_server_from_starting()
    {
        var error = await Assert.ThrowsAsync<ScoGraph.Api.Hosting.StartupException>(() => ApiServer.StartAsync(new ApiServerOptions
        {
            Seed = false,
            Settings = new Dictionary<string, string?> { ["ScoGraph:Cors:AllowedOrigins:0"] = "app.example.org/graphql" },
        }));
        Assert.Contains("not an origin", error.Message);
    }

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type,authorization");
        return request;
    }

    private static HttpRequestMessage Post(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"{ __typename }"}""", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Origin", origin);
        return request;
    }

    private static string Single(HttpResponseMessage response, string header) => string.Join(",", response.Headers.GetValues(header));
}
