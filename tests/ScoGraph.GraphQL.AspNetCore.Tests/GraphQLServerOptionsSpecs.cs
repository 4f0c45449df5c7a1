using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ScoGraph.GraphQL.Analysis;
using ScoGraph.GraphQL.AspNetCore.Tests.TestServer;

namespace ScoGraph.GraphQL.AspNetCore.Tests;

/// <summary>What each server option changes; every test starts its own server with the option set.</summary>
public sealed class GraphQLServerOptionsSpecs : IDisposable
{
    private const string BookQuery = "query Book($id: ID!) { book(id: $id) { title } }\n";
    private readonly string _persisted = Directory.CreateTempSubdirectory("persisted-").FullName;

    public GraphQLServerOptionsSpecs()
    {
        File.WriteAllText(Path.Combine(_persisted, "book.graphql"), BookQuery);
        File.WriteAllText(Path.Combine(_persisted, "hello.graphql"), "{ hello }");
    }

    public void Dispose() => Directory.Delete(_persisted, recursive: true);

    [Fact]
    public async Task A_persisted_operation_runs_by_the_sha256_of_its_text()
    {
        await using var server = await LibraryServer.StartAsync(o => o.PersistedOperationsDirectory = _persisted);
        var id = PersistedOperationStore.Hash(BookQuery);

        var response = await server.PostAsync(JsonSerializer.Serialize(new { id, variables = new { id = "book-5" } }));

        Assert.Equal("Book 5", response.Json.GetProperty("data").GetProperty("book").GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_persisted_operation_runs_by_the_apollo_persistedQuery_extension_and_over_GET()
    {
        await using var server = await LibraryServer.StartAsync(o => o.PersistedOperationsDirectory = _persisted);
        var extensions = JsonSerializer.Serialize(new { persistedQuery = new { version = 1, sha256Hash = PersistedOperationStore.Hash("{ hello }") } });

        var response = await server.GetAsync("/graphql?extensions=" + Uri.EscapeDataString(extensions));

        Assert.Equal("Hello, world!", response.Json.GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task An_unknown_persisted_operation_id_is_reported_as_not_found()
    {
        await using var server = await LibraryServer.StartAsync(o => o.PersistedOperationsDirectory = _persisted);

        var response = await server.PostAsync("""{"id":"0000"}""", accept: "application/graphql-response+json");

        Assert.Equal(400, response.Status);
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", response.FirstErrorCode);
        Assert.Equal("No persisted operation has the id \"0000\".", response.FirstErrorMessage);
    }

    [Fact]
    public async Task With_only_persisted_operations_a_query_text_is_refused_and_an_id_accepted()
    {
        await using var server = await LibraryServer.StartAsync(o =>
        {
            o.PersistedOperationsDirectory = _persisted;
            o.OnlyPersistedOperations = true;
        });

        var text = await server.QueryAsync("{ hello }", accept: "application/graphql-response+json");
        Assert.Equal(400, text.Status);
        Assert.Equal("PERSISTED_QUERY_REQUIRED", text.FirstErrorCode);

        var byName = await server.PostAsync("""{"id":"hello"}""");
        Assert.Equal("Hello, world!", byName.Json.GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task With_introspection_disabled_schema_queries_and_the_SDL_are_refused_but_typename_works()
    {
        await using var server = await LibraryServer.StartAsync(o => o.EnableIntrospection = false);

        var schema = await server.QueryAsync("{ __schema { types { name } } }", accept: "application/graphql-response+json");
        Assert.Equal(400, schema.Status);
        Assert.Equal(QueryLimitCodes.IntrospectionDisabled, schema.FirstErrorCode);

        var type = await server.QueryAsync("{ hello ... on Query { __type(name: \"Book\") { name } } }", accept: "application/graphql-response+json");
        Assert.Equal(QueryLimitCodes.IntrospectionDisabled, type.FirstErrorCode);

        Assert.Equal(404, (await server.GetAsync("/graphql?sdl")).Status);
        Assert.Equal(200, (await server.QueryAsync("{ __typename }")).Status);
    }

    [Fact]
    public async Task The_JSON_depth_limit_applies_to_GET_parameters_as_to_POST_bodies()
    {
        await using var server = await LibraryServer.StartAsync(o => o.MaxJsonDepth = 3);
        const string Deep = """{"a":{"b":{"c":{"d":1}}}}""";

        var viaGet = await server.GetAsync("/graphql?query=" + Uri.EscapeDataString("{ hello }") + "&variables=" + Uri.EscapeDataString(Deep));
        var viaPost = await server.PostAsync($$"""{"query":"{ hello }","variables":{{Deep}}}""");

        Assert.Equal(400, viaGet.Status);
        Assert.Equal(400, viaPost.Status);
    }

    [Fact]
    public async Task Limits_come_from_the_options()
    {
        await using var server = await LibraryServer.StartAsync(o => o.Limits = new QueryLimits { MaxDepth = 2 });

        var response = await server.QueryAsync("{ books { author { name } } }", accept: "application/graphql-response+json");

        Assert.Equal(400, response.Status);
        Assert.Equal("Query depth 3 exceeds the maximum of 2.", response.FirstErrorMessage);
        var extensions = response.Errors[0].GetProperty("extensions");
        Assert.Equal(3, extensions.GetProperty("measured").GetInt32());
        Assert.Equal(2, extensions.GetProperty("maximum").GetInt32());
    }

    [Fact]
    public async Task An_operation_running_past_the_execution_timeout_is_cancelled_with_a_clear_error()
    {
        await using var server = await LibraryServer.StartAsync(o => o.ExecutionTimeout = TimeSpan.FromMilliseconds(500));

        var response = await server.QueryAsync("{ slow(ms: 10000) }");

        Assert.DoesNotContain("waited", response.Json.GetRawText()); // the resolver did not finish its wait
        // The token's callbacks run on the timer's thread, last registered first: the resolver's wait may end (and the
        // response go out) a moment before the resolver's own "I was cancelled" callback has counted.
        await server.Data.ResolverCancelled.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(1, server.Data.CancelledResolvers);
        Assert.Contains(response.Errors, e => e.GetProperty("message").GetString()!.Contains("timeout", StringComparison.OrdinalIgnoreCase)
            || e.GetProperty("message").GetString()!.Contains("cancel", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task With_batching_disabled_a_batch_is_refused()
    {
        await using var server = await LibraryServer.StartAsync(o => o.MaxBatchSize = 0);

        var response = await server.PostAsync("""[{"query":"{ hello }"}]""");

        Assert.Equal(400, response.Status);
        Assert.Equal("BATCHING_DISABLED", response.FirstErrorCode);
    }

    [Fact]
    public async Task With_GET_disabled_a_GET_query_gets_405()
    {
        await using var server = await LibraryServer.StartAsync(o => o.AllowGetRequests = false);

        var response = await server.GetAsync("/graphql?query=%7B%20hello%20%7D");

        Assert.Equal(405, response.Status);
        Assert.Equal("POST", response.Allow);
    }

    [Fact]
    public async Task With_the_IDE_disabled_browsers_get_no_IDE_and_no_redirect()
    {
        await using var server = await LibraryServer.StartAsync(o => o.EnableIde = false);

        var page = await server.GetAsync("/graphql/");
        Assert.Equal(400, page.Status); // the plain endpoint, asked for nothing
        Assert.Equal("BAD_REQUEST", page.FirstErrorCode);
        Assert.Equal(404, (await server.GetAsync("/graphql/index.html")).Status);
        Assert.NotEqual(302, (await server.GetAsync("/graphql", accept: "text/html")).Status);
    }

    [Fact]
    public async Task A_client_that_goes_away_cancels_its_operation()
    {
        await using var server = await LibraryServer.StartAsync();
        using var cancel = new CancellationTokenSource();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"{ slow(ms: 10000) }"}""", System.Text.Encoding.UTF8, "application/json"),
        };

        var sending = server.Client.SendAsync(request, cancel.Token);
        await server.Data.SlowResolverStarted.Task.WaitAsync(TimeSpan.FromSeconds(30));
        cancel.Cancel(); // the client goes away while the resolver is waiting

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sending);
        // The resolver's token fired: it is told to stop instead of finishing its 10 s wait.
        await server.Data.ResolverCancelled.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(1, server.Data.CancelledResolvers);
    }

    [Fact]
    public async Task CORS_is_configured_with_the_usual_ASP_NET_Core_policies_on_the_mapped_endpoint()
    {
        await using var server = await LibraryServer.StartAsync(configureApp: new AppSetup(
            Services: services => services.AddCors(cors => cors.AddPolicy("apps", policy =>
                policy.WithOrigins("https://app.example").WithMethods("GET", "POST").WithHeaders("content-type"))),
            Middleware: app => app.UseCors(),
            Endpoint: endpoint => endpoint.RequireCors("apps")));
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        preflight.Headers.Add("Origin", "https://app.example");
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "content-type");

        using var allowed = await server.Client.SendAsync(preflight);
        Assert.Equal("https://app.example", allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());

        using var other = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"{ hello }"}""", System.Text.Encoding.UTF8, "application/json"),
        };
        other.Headers.Add("Origin", "https://elsewhere.example");
        using var refused = await server.Client.SendAsync(other);
        Assert.False(refused.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task The_options_bind_from_configuration()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["GraphQL:MaxBatchSize"] = "2",
            ["GraphQL:ExecutionTimeout"] = "00:00:05",
            ["GraphQL:IdeTitle"] = "From configuration",
            ["GraphQL:Limits:MaxDepth"] = "3",
            ["GraphQL:Limits:MaxCost"] = "50",
        }).Build();
        await using var server = await LibraryServer.StartAsync(configureApp: new AppSetup(
            Services: services => services.Configure<GraphQLServerOptions>(configuration.GetSection("GraphQL"))));

        var deep = await server.QueryAsync("{ books { author { books { id } } } }");
        Assert.Equal("Query depth 4 exceeds the maximum of 3.", deep.FirstErrorMessage);
        var costly = await server.QueryAsync("{ books(first: 40) { id } }");
        Assert.Equal("Query cost 80 exceeds the maximum of 50.", costly.FirstErrorMessage);
        var batch = await server.PostAsync("""[{"query":"{ hello }"},{"query":"{ hello }"},{"query":"{ hello }"}]""");
        Assert.Equal("Batch size 3 exceeds the maximum of 2.", batch.FirstErrorMessage);
        var config = await server.GetAsync("/graphql/bcp-config.json");
        Assert.Equal("From configuration", config.Json.GetProperty("title").GetString());
    }
}
