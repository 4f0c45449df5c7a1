using System.Text.Json;
using ScoGraph.GraphQL.AspNetCore.Tests.TestServer;
using Xunit.Abstractions;

namespace ScoGraph.GraphQL.AspNetCore.Tests;

/// <summary>
/// The IDE works offline in a real browser: headless Debian Chromium (driven by playwright-core from
/// <c>tests/tools/browser/ide-smoke.mjs</c>) opens <c>/graphql</c> with every outside host blocked, types a query,
/// runs it and sees the response. The screenshot is kept under <c>artifacts/</c> at the repository root.
/// </summary>
public sealed class IdeBrowserSpecs(LibraryServerFixture fixture, ITestOutputHelper output) : IClassFixture<LibraryServerFixture>
{
    [ChromiumFact]
    public async Task The_IDE_loads_without_outside_hosts_and_runs_a_typed_query()
    {
        Assert.True(NodeTools.IsInstalled("playwright-core"), "npm ci --prefix tests/tools has not run (playwright-core is missing).");

        var artifacts = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(NodeTools.ToolsDirectory))!, "artifacts");
        Directory.CreateDirectory(artifacts);
        var screenshot = Path.Combine(artifacts, "graphql-ide.png");
        File.Delete(screenshot);

        var run = await NodeTools.RunAsync("browser/ide-smoke.mjs",
            [fixture.Server.Endpoint.ToString(), screenshot, "{ book(id: \"book-42\") { title year } }", "Book 42"],
            TimeSpan.FromMinutes(2));
        output.WriteLine(run.StandardOutput);
        output.WriteLine(run.StandardError);

        var result = JsonDocument.Parse(run.StandardOutput.Trim().Split('\n').Last()).RootElement;
        Assert.True(result.GetProperty("ok").GetBoolean(), run.StandardOutput);
        Assert.Empty(result.GetProperty("outsideRequests").EnumerateArray());
        Assert.Contains("1942", result.GetProperty("response").GetString());
        Assert.True(File.Exists(screenshot), "no screenshot was saved");
    }
}

/// <summary>A fact that reports itself skipped, with the reason, when Debian's Chromium is not installed.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string Chromium = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(Chromium)) Skip = $"{Chromium} is not installed (CI installs it with apt): the IDE was not checked in a browser.";
    }
}
