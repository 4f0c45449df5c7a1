using System.Diagnostics;

namespace ScoGraph.Api.Tests.Contract;

/// <summary>
/// <c>docker compose up</c> is how users start ScoGraph on Neo4j. No Docker engine runs here, so these specs check
/// what the compose tool itself checks without one: that it accepts the file, and what the services get.
/// </summary>
public sealed class ComposeFileSpecs
{
    [ComposeFact]
    public async Task Compose_accepts_the_file_with_the_example_env_and_wires_ScoGraph_to_Neo4j()
    {
        var (exitCode, output) = await ComposeConfigAsync(new() { ["NEO4J_PASSWORD"] = "example-password" });

        Assert.True(exitCode == 0, output);
        Assert.Contains("ScoGraph__Store: neo4j", output);
        Assert.Contains("ScoGraph__Neo4j__Uri: http://neo4j:7474", output);
        Assert.Contains("ScoGraph__Neo4j__Password: example-password", output);
        Assert.Contains("NEO4J_AUTH: neo4j/example-password", output);
        Assert.Contains("condition: service_healthy", output);
        Assert.Contains("127.0.0.1:5080:5080", output);
    }

    [ComposeFact]
    public async Task Without_a_Neo4j_password_compose_refuses_to_start_and_says_where_to_set_it()
    {
        var emptyEnvFile = Path.GetTempFileName();
        try
        {
            var (exitCode, output) = await ComposeConfigAsync([], emptyEnvFile);

            Assert.NotEqual(0, exitCode);
            Assert.Contains(".env.example", output);
        }
        finally
        {
            File.Delete(emptyEnvFile);
        }
    }

    [ComposeFact]
    public async Task Mutations_stay_off_unless_an_API_key_is_set()
    {
        var (_, withoutKey) = await ComposeConfigAsync(new() { ["NEO4J_PASSWORD"] = "example-password" });
        var (_, withKey) = await ComposeConfigAsync(new() { ["NEO4J_PASSWORD"] = "example-password", ["SCOGRAPH_API_KEY"] = "k-123" });

        Assert.DoesNotContain("change-me", withoutKey);
        Assert.Matches(@"ScoGraph__ApiKeys__0__Key: (''|"""")?\s*$", withoutKey.Split('\n').Single(l => l.Contains("ScoGraph__ApiKeys__0__Key")));
        Assert.Contains("ScoGraph__ApiKeys__0__Key: k-123", withKey);
    }

    /// <summary><c>compose config</c> with the given environment, reading <paramref name="envFile"/> (default: .env.example).</summary>
    private static async Task<(int ExitCode, string Output)> ComposeConfigAsync(Dictionary<string, string> environment, string? envFile = null)
    {
        var (program, prefix) = ComposeFactAttribute.Tool!.Value;
        var startInfo = new ProcessStartInfo(program)
        {
            WorkingDirectory = RepositoryFiles.RootDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])[.. prefix, "--project-directory", RepositoryFiles.RootDirectory,
                     "-f", RepositoryFiles.PathOf("docker-compose.yml"), "--env-file", envFile ?? RepositoryFiles.PathOf(".env.example"), "config"])
            startInfo.ArgumentList.Add(argument);
        // Only what the spec gives: a developer's own NEO4J_PASSWORD must not make the "missing" case pass.
        startInfo.Environment.Remove("NEO4J_PASSWORD");
        startInfo.Environment.Remove("SCOGRAPH_API_KEY");
        foreach (var (name, value) in environment) startInfo.Environment[name] = value;

        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException($"could not start {program}");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await errors);
    }
}

/// <summary>Runs where a compose tool is installed (<c>docker-compose</c>, or <c>docker compose</c>); otherwise skipped, saying how to get one.</summary>
public sealed class ComposeFactAttribute : FactAttribute
{
    public static readonly (string Program, string[] Prefix)? Tool = FindTool();

    public ComposeFactAttribute()
    {
        if (Tool is null)
            Skip = "no compose tool: install docker-compose (apt-get install docker-compose) or the docker compose plugin; .ci/run installs it";
    }

    private static (string, string[])? FindTool()
    {
        if (Succeeds("docker-compose", "version")) return ("docker-compose", []);
        if (Succeeds("docker", "compose", "version")) return ("docker", ["compose"]);
        return null;
    }

    private static bool Succeeds(string program, params string[] arguments)
    {
        try
        {
            var startInfo = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in arguments) startInfo.ArgumentList.Add(argument);
            using var process = Process.Start(startInfo);
            if (process is null) return false;
            process.StandardOutput.ReadToEnd();
            process.StandardError.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
