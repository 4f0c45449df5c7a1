using ScoGraph.Domain.Ports;
using ScoGraph.Storage.ContractTests;
using ScoGraph.Storage.Neo4j.Http;
using ScoGraph.Storage.Neo4j.Tests.Support;
using ScoGraph.Storage.Neo4j.Testing;

namespace ScoGraph.Storage.Neo4j.Tests.Store;

/// <summary>Contract classes run only where a Neo4j server can be had; elsewhere each test is skipped with the reason.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class Neo4jContractAttribute : ContractSkipAttribute
{
    public override string? SkipReason => Neo4jTestServer.SkipReason;
}

/// <summary>Stores over the test server's one database, emptied before each.</summary>
internal static class Neo4jStores
{
    /// <summary>An empty store: the database wiped, then opened (which applies any schema file not yet applied).</summary>
    public static async Task<Neo4jTimelineStore> EmptyAsync(Neo4jServerFixture server)
    {
        var options = server.Options();
        await Neo4jTestDatabase.WipeAsync(options);
        return await Neo4jTimelineStore.OpenAsync(options);
    }

    public static async Task<ITimelineStore> EmptyStoreAsync(Neo4jServerFixture server) => await EmptyAsync(server);
}
