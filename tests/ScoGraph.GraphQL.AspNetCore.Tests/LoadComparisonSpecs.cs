using System.Text.Json;
using ScoGraph.GraphQL.AspNetCore.Tests.TestServer;
using Xunit.Abstractions;

namespace ScoGraph.GraphQL.AspNetCore.Tests;

/// <summary>
/// The load comparison against graphql-js. Opt-in (too long and too noisy for CI); run it with
/// <code>SCOGRAPH_LOAD_SECONDS=60 dotnet test tests/ScoGraph.GraphQL.AspNetCore.Tests -c Release --filter LoadComparisonSpecs --logger "console;verbosity=detailed"</code>
/// It needs wrk (<c>apt-get install wrk</c>) and prints requests/s, p99 and the ratio.
/// </summary>
public sealed class LoadComparisonSpecs(ITestOutputHelper output)
{
    [LoadFact]
    public async Task Our_server_serves_the_same_query_faster_than_graphql_js_with_no_errors()
    {
        var seconds = Environment.GetEnvironmentVariable(LoadFactAttribute.Variable)!;
        // Generous limits: the measured query must not be refused, and the point is the engine's speed.
        await using var server = await LibraryServer.StartAsync(o => o.EnableIde = false);

        var run = await NodeTools.RunAsync("load/compare.mjs", [server.Endpoint.ToString(), seconds, "32"],
            TimeSpan.FromSeconds(int.Parse(seconds) * 2 + 120));
        output.WriteLine(run.StandardOutput);
        output.WriteLine(run.StandardError);
        Assert.True(run.ExitCode == 0, run.StandardError);

        var json = run.StandardOutput.Split('\n').Single(l => l.StartsWith("JSON ", StringComparison.Ordinal))[5..];
        var summary = JsonDocument.Parse(json).RootElement;
        Assert.Equal(0, summary.GetProperty("ours").GetProperty("errors").GetInt32());
        Assert.True(summary.GetProperty("throughputRatio").GetDouble() > 1, json);
    }
}

/// <summary>A fact that runs only when <c>SCOGRAPH_LOAD_SECONDS</c> is set (it says so when skipped).</summary>
public sealed class LoadFactAttribute : FactAttribute
{
    public const string Variable = "SCOGRAPH_LOAD_SECONDS";

    public LoadFactAttribute()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(Variable)))
        {
            Skip = $"Load comparison is opt-in: set {Variable}=60 (needs wrk).";
        }
    }
}
