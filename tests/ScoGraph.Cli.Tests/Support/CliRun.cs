namespace ScoGraph.Cli.Tests.Support;

/// <summary>One run of the CLI in this process, with its exit code and what it wrote.</summary>
public sealed record CliRun(int ExitCode, string Out, string Error)
{
    /// <summary>Runs <c>scograph ARGS</c> with redirected output (plain progress) and only the given environment.</summary>
    public static async Task<CliRun> RunAsync(IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var settings = new CliSettings(name => environment is not null && environment.TryGetValue(name, out var value) ? value : null);
        var code = await ScoGraphCli.RunAsync(args, new CliContext(output, error, settings, Interactive: false));
        return new CliRun(code, output.ToString(), error.ToString());
    }

    public static Task<CliRun> RunAsync(params string[] args) => RunAsync(null, args);

    public override string ToString() => $"exit {ExitCode}\n--- out\n{Out}\n--- error\n{Error}";
}
