using System.Net;
using System.Net.Sockets;

namespace ScoGraph.Api.Tests.Hosting;

/// <summary>
/// <c>ScoGraph:Store</c> picks the store; a store that cannot be used stops the server at start-up with a message that
/// names the setting to fix, instead of a server that answers every request with an error.
/// </summary>
public sealed class StoreSelectionSpecs
{
    [Fact]
    public async Task An_unknown_store_kind_is_refused_naming_the_setting_and_the_kinds_it_takes()
    {
        using var folder = new TempFolder();

        var (exitCode, output) = await ServerProcess.RunUntilExitAsync(folder.File("scograph.db"), "--ScoGraph:Store=mongodb");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("ScoGraph:Store is \"mongodb\"", output);
        Assert.Contains("\"sqlite\" or \"neo4j\"", output);
    }

    [Fact]
    public async Task A_bolt_address_for_neo4j_is_refused_because_ScoGraph_speaks_its_HTTP_API()
    {
        using var folder = new TempFolder();

        var (exitCode, output) = await ServerProcess.RunUntilExitAsync(folder.File("scograph.db"),
            "--ScoGraph:Store=neo4j", "--ScoGraph:Neo4j:Uri=bolt://localhost:7687");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("ScoGraph:Neo4j:Uri", output);
        Assert.Contains("HTTP", output);
    }

    [Fact]
    public async Task A_neo4j_server_that_does_not_answer_stops_the_server_naming_the_address()
    {
        using var folder = new TempFolder();
        var closedPort = ClosedLoopbackPort();

        var (exitCode, output) = await ServerProcess.RunUntilExitAsync(folder.File("scograph.db"),
            "--ScoGraph:Store=neo4j", $"--ScoGraph:Neo4j:Uri=http://127.0.0.1:{closedPort}", "--ScoGraph:Neo4j:Password=irrelevant");

        Assert.NotEqual(0, exitCode);
        Assert.Contains($"127.0.0.1:{closedPort}", output);
        Assert.Contains("ScoGraph:Neo4j:Uri", output);
    }

    [Fact]
    public async Task Sqlite_is_the_store_when_none_is_named_and_it_may_be_named_in_any_case()
    {
        using var folder = new TempFolder();
        await using var server = await ServerProcess.StartAsync(folder.File("scograph.db"), "--ScoGraph:Store=SQLite");

        var answer = await server.QueryAsync("{ state(iso3: \"IND\") { name } }");

        Assert.Equal("India", answer.GetProperty("data").GetProperty("state").GetProperty("name").GetString());
        Assert.Contains("SQLite store", server.Output);
    }

    /// <summary>A loopback port nothing listens on: bound by us for a moment, then released.</summary>
    private static int ClosedLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
