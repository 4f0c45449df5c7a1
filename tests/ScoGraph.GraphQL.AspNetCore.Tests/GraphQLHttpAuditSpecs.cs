using System.Text.Json;
using ScoGraph.GraphQL.AspNetCore.Tests.TestServer;
using Xunit.Abstractions;

namespace ScoGraph.GraphQL.AspNetCore.Tests;

/// <summary>
/// graphql-http's GraphQL-over-HTTP conformance audits (npm <c>graphql-http</c>, <c>serverAudits</c>) run against our
/// server on a real port by <c>tests/tools/audit-graphql-http.mjs</c>. Every audit, MUST and SHOULD alike, must pass.
/// </summary>
public sealed class GraphQLHttpAuditSpecs(LibraryServerFixture fixture, ITestOutputHelper output) : IClassFixture<LibraryServerFixture>
{
    [Fact]
    public async Task Every_graphql_http_server_audit_passes()
    {
        Assert.True(NodeTools.IsInstalled("graphql-http"), "npm ci --prefix tests/tools has not run (graphql-http is missing).");

        var run = await NodeTools.RunAsync("audit-graphql-http.mjs", [fixture.Server.Endpoint.ToString()], TimeSpan.FromMinutes(2));
        Assert.True(run.ExitCode == 0, run.StandardError);

        var audits = JsonDocument.Parse(run.StandardOutput).RootElement.EnumerateArray().ToArray();
        foreach (var audit in audits)
        {
            output.WriteLine($"{audit.GetProperty("status").GetString(),-5} {audit.GetProperty("id").GetString()} {audit.GetProperty("name").GetString()}"
                + (audit.GetProperty("reason").ValueKind == JsonValueKind.String ? " -- " + audit.GetProperty("reason").GetString() : ""));
        }
        var failed = audits.Where(a => a.GetProperty("status").GetString() != "ok")
            .Select(a => $"{a.GetProperty("id").GetString()} {a.GetProperty("name").GetString()}: {a.GetProperty("reason")}")
            .ToArray();
        output.WriteLine($"{audits.Length - failed.Length} of {audits.Length} audits pass");

        Assert.Equal(61, audits.Length);
        Assert.True(failed.Length == 0, string.Join(Environment.NewLine, failed));
    }
}
