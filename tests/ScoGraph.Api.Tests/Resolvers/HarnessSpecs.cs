using System.Net;
using ScoGraph.Api.Tests.Support;

namespace ScoGraph.Api.Tests.Resolvers;

public sealed class HarnessSpecs
{
    [Fact]
    public async Task A_started_server_answers_over_real_http_on_the_loopback_address_with_its_own_database_file()
    {
        await using var server = await ApiServer.StartAsync(new ApiServerOptions { Seed = false });
        var response = await server.QueryAsync("{ __typename }");
        Assert.Equal("Query", response.Data().At("__typename").GetString());
        Assert.Equal("127.0.0.1", server.BaseAddress.Host);
        Assert.True(File.Exists(server.DatabasePath));
    }

    [Fact]
    public async Task The_root_path_redirects_to_the_graphql_endpoint()
    {
        await using var server = await ApiServer.StartAsync(new ApiServerOptions { Seed = false });
        using var response = await server.Client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/graphql", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task An_unseeded_server_holds_nothing_and_answers_empty_lists()
    {
        await using var server = await ApiServer.StartAsync(new ApiServerOptions { Seed = false });
        var data = (await server.QueryAsync("{ states { totalCount nodes { id } } membership(asOf: \"2020-01-01\") { status } }")).Data();
        Assert.Equal(0, data.At("states", "totalCount").GetInt32());
        Assert.Equal(0, data.At("membership").GetArrayLength());
    }

    [Fact]
    public async Task Query_limits_come_from_the_ScoGraph_GraphQL_configuration_section()
    {
        await using var server = await ApiServer.StartAsync(new ApiServerOptions
        {
            Seed = false,
            Settings = new Dictionary<string, string?> { ["ScoGraph:GraphQL:Limits:MaxDepth"] = "2" },
        });
        var response = await server.QueryAsync("{ states { nodes { name } } }");
        Assert.Equal("MAX_DEPTH_EXCEEDED", response.At("errors", 0, "extensions", "code").GetString());
    }

    [Fact]
    public async Task The_default_cost_budget_admits_a_page_of_one_hundred_states_with_nested_lists()
    {
        await using var server = await ApiServer.StartAsync(new ApiServerOptions { Seed = false });
        var response = await server.QueryAsync("""
            { states(first: 100) { nodes { name status membershipChanges { effective decidedAt { title sources { title } } } sources { title } } } }
            """);
        Assert.Empty(response.ErrorMessages());
    }

    [Fact]
    public async Task A_store_that_cannot_be_opened_stops_start_up_with_a_message_naming_the_setting()
    {
        var folder = Directory.CreateTempSubdirectory("scograph-not-a-file").FullName;
        try
        {
            var error = await Assert.ThrowsAsync<ScoGraph.Api.Hosting.StartupException>(() => ApiServer.StartAsync(new ApiServerOptions
            {
                Settings = new Dictionary<string, string?> { ["ScoGraph:Sqlite:Path"] = folder },
            }));
            Assert.Contains("Cannot open the SQLite store", error.Message);
            Assert.Contains("ScoGraph:Sqlite:Path", error.Message);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
