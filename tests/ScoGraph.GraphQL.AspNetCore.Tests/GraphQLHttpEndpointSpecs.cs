using System.Text.Json;
using ScoGraph.GraphQL.AspNetCore.Tests.TestServer;

namespace ScoGraph.GraphQL.AspNetCore.Tests;

/// <summary>GraphQL over HTTP as the draft specification and HotChocolate's conventions describe it.</summary>
public sealed class GraphQLHttpEndpointSpecs(LibraryServerFixture fixture) : IClassFixture<LibraryServerFixture>
{
    private LibraryServer Server => fixture.Server;

    [Fact]
    public async Task A_POSTed_query_is_answered_as_graphql_response_json_when_that_is_accepted()
    {
        var response = await Server.QueryAsync("{ hello(name: \"Ada\") }", accept: "application/graphql-response+json");

        Assert.Equal(200, response.Status);
        Assert.StartsWith("application/graphql-response+json", response.ContentType);
        Assert.Equal("""{"data":{"hello":"Hello, Ada!"}}""", response.Body);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("*/*")]
    [InlineData("application/json")]
    [InlineData("application/*")]
    public async Task A_missing_or_wildcard_or_plain_json_Accept_is_answered_as_application_json(string? accept)
    {
        var response = await Server.QueryAsync("{ hello }", accept: accept);

        Assert.Equal(200, response.Status);
        Assert.StartsWith("application/json", response.ContentType);
        Assert.Equal("Hello, world!", response.Json.GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task When_both_types_are_accepted_equally_graphql_response_json_wins()
    {
        var response = await Server.QueryAsync("{ hello }", accept: "application/json, application/graphql-response+json");

        Assert.StartsWith("application/graphql-response+json", response.ContentType);
    }

    [Fact]
    public async Task An_Accept_header_naming_nothing_we_produce_gets_406()
    {
        var response = await Server.QueryAsync("{ hello }", accept: "text/csv");

        Assert.Equal(406, response.Status);
        Assert.Equal("NOT_ACCEPTABLE", response.FirstErrorCode);
    }

    [Fact]
    public async Task A_GET_query_with_variables_in_the_query_string_runs()
    {
        var url = "/graphql?query=" + Uri.EscapeDataString("query($id: ID!) { book(id: $id) { title } }")
            + "&variables=" + Uri.EscapeDataString("""{"id":"book-7"}""");
        var response = await Server.GetAsync(url, accept: "application/graphql-response+json");

        Assert.Equal(200, response.Status);
        Assert.Equal("Book 7", response.Json.GetProperty("data").GetProperty("book").GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_GET_query_on_the_IDE_page_s_path_is_an_operation_not_the_page()
    {
        // The IDE uses its page's URL as the endpoint, and may send GET requests there.
        var response = await Server.GetAsync("/graphql/?query=" + Uri.EscapeDataString("{ book(id: \"book-7\") { title } }"), accept: "application/json");

        Assert.Equal(200, response.Status);
        Assert.StartsWith("application/json", response.ContentType);
        Assert.Equal("Book 7", response.Json.GetProperty("data").GetProperty("book").GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_mutation_sent_with_GET_is_refused_with_405_and_an_Allow_header_before_it_runs()
    {
        var before = Server.Data.ResolverCalls;
        var url = "/graphql?query=" + Uri.EscapeDataString("mutation { addBook(title: \"X\", year: 2000) { id } }");
        var response = await Server.GetAsync(url, accept: "application/graphql-response+json");

        Assert.Equal(405, response.Status);
        Assert.Equal("POST", response.Allow);
        Assert.Equal("METHOD_NOT_ALLOWED", response.FirstErrorCode);
        Assert.Equal(before, Server.Data.ResolverCalls);
    }

    [Fact]
    public async Task A_mutation_sent_with_POST_runs()
    {
        var response = await Server.QueryAsync("mutation { addBook(title: \"New\", year: 2024) { title year } }");

        Assert.Equal(200, response.Status);
        Assert.Equal(2024, response.Json.GetProperty("data").GetProperty("addBook").GetProperty("year").GetInt32());
    }

    [Theory]
    [InlineData("application/graphql-response+json", 400)]
    [InlineData("application/json", 200)]
    public async Task A_syntax_error_has_no_data_and_its_status_depends_on_the_media_type(string accept, int status)
    {
        var response = await Server.QueryAsync("{ hello", accept: accept);

        Assert.Equal(status, response.Status);
        Assert.False(response.HasData);
        Assert.StartsWith("Syntax Error:", response.FirstErrorMessage);
    }

    [Theory]
    [InlineData("application/graphql-response+json", 400)]
    [InlineData("application/json", 200)]
    public async Task A_validation_error_has_no_data_and_its_status_depends_on_the_media_type(string accept, int status)
    {
        var response = await Server.QueryAsync("{ nope }", accept: accept);

        Assert.Equal(status, response.Status);
        Assert.False(response.HasData);
        Assert.Equal("Cannot query field \"nope\" on type \"Query\".", response.FirstErrorMessage);
    }

    [Fact]
    public async Task A_field_error_keeps_status_200_with_partial_data()
    {
        var response = await Server.QueryAsync("{ hello slow(ms: -1) }", accept: "application/graphql-response+json");

        Assert.Equal(200, response.Status);
        Assert.Equal("Hello, world!", response.Json.GetProperty("data").GetProperty("hello").GetString());
        Assert.Equal("ms must be between 0 and 10000.", response.FirstErrorMessage);
    }

    [Fact]
    public async Task GET_with_sdl_returns_the_schema_as_SDL()
    {
        var response = await Server.GetAsync("/graphql?sdl");

        Assert.Equal(200, response.Status);
        Assert.StartsWith("text/plain", response.ContentType);
        Assert.Contains("type Book {", response.Body);
        Assert.Contains("addBook(title: String!, year: Int!): Book!", response.Body);
        Assert.Equal(ScoGraph.GraphQL.Utilities.SchemaPrinter.Print(LibrarySchema.Create(new LibraryData())) + "\n", response.Body);
    }

    [Fact]
    public async Task A_browser_opening_the_endpoint_is_redirected_to_the_IDE()
    {
        var response = await Server.GetAsync("/graphql", accept: "text/html,application/xhtml+xml,*/*;q=0.8");

        Assert.Equal(302, response.Status);
        Assert.Equal("/graphql/", response.Location?.OriginalString);
    }

    [Fact]
    public async Task The_IDE_page_and_its_scripts_are_served_under_the_endpoint_path()
    {
        var page = await Server.GetAsync("/graphql/", accept: "text/html");
        Assert.Equal(200, page.Status);
        Assert.StartsWith("text/html", page.ContentType);
        Assert.Contains("<title>Banana Cake Pop</title>", page.Body);

        var script = System.Text.RegularExpressions.Regex.Match(page.Body, "src=\"(static/js/main\\.[0-9a-f]+\\.js)\"").Groups[1].Value;
        var asset = await Server.GetAsync("/graphql/" + script);
        Assert.Equal(200, asset.Status);
        Assert.Contains("javascript", asset.ContentType);
    }

    [Fact]
    public async Task The_IDE_configuration_uses_the_page_url_as_endpoint_and_disables_telemetry()
    {
        var response = await Server.GetAsync("/graphql/bcp-config.json");

        Assert.Equal(200, response.Status);
        Assert.True(response.Json.GetProperty("useBrowserUrlAsEndpoint").GetBoolean());
        Assert.True(response.Json.GetProperty("disableTelemetry").GetBoolean());
        Assert.Equal("Library", response.Json.GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("/graphql/")]
    [InlineData("/graphql/bcp-config.json")]
    public async Task The_IDE_page_and_its_configuration_revalidate_to_a_bodiless_304(string path)
    {
        using var first = await Server.Client.GetAsync(path);
        var tag = first.Headers.ETag;
        Assert.NotNull(tag);

        using var revalidation = new HttpRequestMessage(HttpMethod.Get, path);
        revalidation.Headers.IfNoneMatch.Add(tag);
        using var second = await Server.Client.SendAsync(revalidation);

        Assert.Equal(System.Net.HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task The_IDE_license_is_shipped_with_its_files()
    {
        var response = await Server.GetAsync("/graphql/LICENSE");

        Assert.Equal(200, response.Status);
        Assert.Contains("ChilliCream", response.Body);
    }

    [Fact]
    public async Task IDE_paths_cannot_climb_out_of_the_IDE_folder()
    {
        var response = await Server.GetAsync("/graphql/..%2F..%2Fappsettings.json");

        Assert.Equal(404, response.Status);
    }

    [Fact]
    public async Task A_batch_is_answered_with_one_result_per_operation_in_order()
    {
        var body = """[{"query":"{ hello }"},{"query":"{ book(id: \"book-2\") { title } }"},{"query":"{ nope }"}]""";
        var response = await Server.PostAsync(body);

        Assert.Equal(200, response.Status);
        var results = response.Json.EnumerateArray().ToArray();
        Assert.Equal(3, results.Length);
        Assert.Equal("Hello, world!", results[0].GetProperty("data").GetProperty("hello").GetString());
        Assert.Equal("Book 2", results[1].GetProperty("data").GetProperty("book").GetProperty("title").GetString());
        Assert.True(results[2].TryGetProperty("errors", out _));
    }

    [Fact]
    public async Task The_cost_of_an_operation_is_reported_when_the_GraphQL_Cost_header_asks_for_it()
    {
        var response = await Server.QueryAsync("{ books(first: 5) { title author { name } } }",
            headers: new Dictionary<string, string> { ["GraphQL-Cost"] = "report" });

        var cost = response.Json.GetProperty("extensions").GetProperty("cost");
        // books(first: 5) multiplies what it selects: 5 * (1 + title 1 + author (1 + name 1)) = 20.
        Assert.Equal(20, cost.GetProperty("fieldCost").GetInt64());
        Assert.Equal(3, cost.GetProperty("depth").GetInt32());
    }

    [Fact]
    public async Task The_cost_is_also_reported_when_the_request_extensions_ask_for_it()
    {
        var response = await Server.PostAsync("""{"query":"{ hello }","extensions":{"cost":true}}""");

        Assert.Equal(1, response.Json.GetProperty("extensions").GetProperty("cost").GetProperty("fieldCost").GetInt64());
    }

    [Fact]
    public async Task Without_a_cost_request_no_cost_is_reported()
    {
        var response = await Server.QueryAsync("{ hello }");

        Assert.False(response.Json.TryGetProperty("extensions", out _));
    }

    [Fact]
    public async Task Every_request_the_IDE_sends_while_loading_succeeds()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "bcp-introspection-queries.json");
        var requests = JsonDocument.Parse(File.ReadAllText(path)).RootElement.EnumerateArray().ToArray();
        Assert.Equal(5, requests.Length);

        foreach (var request in requests)
        {
            // The IDE sends these with Accept: */*.
            var response = await Server.PostAsync(request.GetRawText(), accept: "*/*");
            Assert.True(response.Status == 200, response.ToString());
            Assert.False(response.Json.TryGetProperty("errors", out _), response.ToString());
            Assert.Equal(JsonValueKind.Object, response.Json.GetProperty("data").ValueKind);
        }
    }

    [Fact]
    public async Task The_full_introspection_query_reports_every_type_of_the_schema()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "bcp-introspection-queries.json");
        var full = JsonDocument.Parse(File.ReadAllText(path)).RootElement.EnumerateArray().Last();

        var response = await Server.PostAsync(full.GetRawText(), accept: "*/*");

        var types = response.Json.GetProperty("data").GetProperty("__schema").GetProperty("types")
            .EnumerateArray().Select(t => t.GetProperty("name").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "Query", "Mutation", "Book", "Author", "__Schema" }, types);
    }
}
