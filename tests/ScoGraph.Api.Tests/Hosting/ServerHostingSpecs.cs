using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace ScoGraph.Api.Tests.Hosting;

/// <summary>
/// The built server started the way <c>dotnet run --project src/ScoGraph.Api -- --urls ... --ScoGraph:Sqlite:Path=...</c>
/// starts it: it creates its store, serves GraphQL and the IDE at /graphql, and answers bad requests with GraphQL
/// errors, never a 500.
/// </summary>
public sealed class ServerHostingSpecs(ServerProcessFixture fixture) : IClassFixture<ServerProcessFixture>
{
    private const string GraphQLResponse = "application/graphql-response+json";

    private ServerProcess Server => fixture.Server;

    [Fact]
    public async Task The_server_creates_the_store_file_it_was_given_and_answers_queries_from_it()
    {
        Assert.True(File.Exists(fixture.DatabasePath), $"no store file at {fixture.DatabasePath}");

        var result = await Server.QueryAsync("{ state(iso3: \"IND\") { name } }");

        Assert.Equal("India", result.GetProperty("data").GetProperty("state").GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_browser_opening_graphql_is_redirected_to_the_IDE_page()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,*/*;q=0.8");
        using var redirect = await Server.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.Equal("/graphql/", redirect.Headers.Location?.OriginalString);

        using var page = await Server.Client.GetAsync("/graphql/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<html", await page.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_malformed_query_gets_400_with_a_GraphQL_syntax_error()
    {
        var (status, body) = await PostAsync("""{"query": "{ states(first: 1) { nodes { name } "}""");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.False(body.TryGetProperty("data", out _));
        Assert.Contains("Syntax Error", Message(body));
    }

    [Fact]
    public async Task A_body_that_is_not_JSON_gets_400_not_500()
    {
        var (status, body) = await PostAsync("{ this is not json");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.NotEmpty(Message(body));
    }

    [Fact]
    public async Task An_invalid_date_argument_gets_an_error_naming_the_argument_and_the_accepted_form()
    {
        var (status, body) = await PostAsync(Json(new { query = "{ membership(asOf: \"2017-02-30\") { status } }" }));

        Assert.NotEqual(HttpStatusCode.InternalServerError, status);
        var message = Message(body);
        Assert.Contains("asOf", message);
        Assert.Contains("YYYY-MM-DD", message);
    }

    [Fact]
    public async Task An_invalid_date_variable_gets_an_error_naming_the_variable_and_the_accepted_form()
    {
        var (status, body) = await PostAsync(Json(new
        {
            query = "query ($day: Date!) { membership(asOf: $day) { status } }",
            variables = new { day = "9 June 2017" },
        }));

        Assert.NotEqual(HttpStatusCode.InternalServerError, status);
        var message = Message(body);
        Assert.Contains("asOf", message);
        Assert.Contains("$day", message);
        Assert.Contains("YYYY-MM-DD", message);
    }

    [Fact]
    public async Task A_query_nested_too_deeply_is_refused_before_it_runs()
    {
        // state → membershipChanges → state → ... twelve times: far deeper than the depth limit.
        var query = "{ state(iso3: \"IND\") { " + string.Concat(Enumerable.Repeat("membershipChanges { state { ", 12)) + "name" +
                    string.Concat(Enumerable.Repeat(" } }", 12)) + " } }";

        var (status, body) = await PostAsync(Json(new { query }));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.False(body.TryGetProperty("data", out _));
        var error = body.GetProperty("errors")[0];
        Assert.Equal("MAX_DEPTH_EXCEEDED", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(string json)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(GraphQLResponse));
        using var response = await Server.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, JsonDocument.Parse(text).RootElement.Clone());
    }

    private static string Json(object value) => JsonSerializer.Serialize(value);

    private static string Message(JsonElement body) => body.GetProperty("errors")[0].GetProperty("message").GetString()!;
}
