using System.Net;
using System.Text;
using System.Text.Json;
using ScoGraph.Api.Tests.Hosting;

namespace ScoGraph.Api.Tests.Operations;

/// <summary>
/// The built server in a child process, as an operator runs it: JSON log lines that carry the request id, and a
/// clean exit on SIGTERM. (Requests in flight across a stop: <see cref="ShutdownSpecs"/>, in process, where a request
/// can be held inside a resolver; a child's only in-flight handle would be a half-sent body, which Kestrel aborts
/// at shutdown by design.)
/// </summary>
public sealed class ChildServerOperationsSpecs
{
    [Fact]
    public async Task With_the_JSON_console_format_every_line_is_JSON_and_request_lines_carry_the_request_id()
    {
        using var folder = new TempFolder();
        await using var server = await ServerProcess.StartAsync(folder.File("scograph.db"),
            "--Logging:Console:FormatterName=json", "--Logging:LogLevel:ScoGraph=Debug", "--ScoGraph:Seed=false");

        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"query Probe { __typename }"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Request-Id", "json-log-probe-1");
        using var response = await server.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var lines = await WaitForAsync(server, output => output.Contains("json-log-probe-1"));
        Assert.All(lines, line => JsonDocument.Parse(line));
        var requestLine = lines.Select(l => JsonDocument.Parse(l).RootElement)
            .Single(l => l.GetProperty("Category").GetString() == "ScoGraph.Api.Operations.Telemetry.GraphQLRequestTelemetryMiddleware"
                && l.ToString().Contains("json-log-probe-1", StringComparison.Ordinal));
        Assert.Contains(requestLine.GetProperty("Scopes").EnumerateArray(),
            scope => scope.ValueKind == JsonValueKind.Object && scope.TryGetProperty("RequestId", out var id) && id.GetString() == "json-log-probe-1");
        Assert.Equal("Probe", requestLine.GetProperty("State").GetProperty("OperationName").GetString());
    }

    [Fact]
    public async Task On_SIGTERM_the_server_exits_by_itself_with_code_0()
    {
        using var folder = new TempFolder();
        await using var server = await ServerProcess.StartAsync(folder.File("scograph.db"), "--ScoGraph:ShutdownDrain=00:00:05", "--ScoGraph:Seed=false");

        server.Terminate();

        Assert.Equal(0, await server.WaitForExitAsync(TimeSpan.FromSeconds(30)));
    }

    private static async Task<string[]> WaitForAsync(ServerProcess server, Func<string, bool> done)
    {
        for (var i = 0; i < 100 && !done(server.Output); i++) await Task.Delay(100);
        return server.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }
}
