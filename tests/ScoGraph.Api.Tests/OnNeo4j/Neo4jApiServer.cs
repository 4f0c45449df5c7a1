using ScoGraph.Api.Tests.Support;
using ScoGraph.Storage.Neo4j;
using ScoGraph.Storage.Neo4j.Testing;

namespace ScoGraph.Api.Tests.OnNeo4j;

/// <summary>The real ScoGraph server over the Neo4j test server (<see cref="Neo4jTestServer"/>).</summary>
public static class Neo4jApiServer
{
    /// <summary>Wipes the Neo4j database, then starts a server over it (seeded with the dataset unless told otherwise).</summary>
    public static async Task<ApiServer> StartFreshAsync(ApiServerOptions? options = null)
    {
        var neo4j = await Neo4jTestServer.OptionsAsync();
        await Neo4jTestDatabase.WipeAsync(neo4j);
        return await StartOverAsync(neo4j, options);
    }

    /// <summary>Starts another server over the same database, as a second instance behind a load balancer would.</summary>
    public static async Task<ApiServer> StartOverAsync(Neo4jStoreOptions neo4j, ApiServerOptions? options = null)
    {
        options ??= new ApiServerOptions();
        var settings = new Dictionary<string, string?>(options.Settings)
        {
            ["ScoGraph:Store"] = "neo4j",
            ["ScoGraph:Neo4j:Uri"] = neo4j.Uri.ToString(),
            ["ScoGraph:Neo4j:User"] = neo4j.User,
            ["ScoGraph:Neo4j:Password"] = neo4j.Password,
            ["ScoGraph:Neo4j:Database"] = neo4j.Database,
        };
        return await ApiServer.StartAsync(options with { Settings = settings });
    }
}
