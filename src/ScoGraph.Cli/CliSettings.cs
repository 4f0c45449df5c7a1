namespace ScoGraph.Cli;

/// <summary>
/// Settings the CLI takes from the environment, with the server's configuration keys: <c>ScoGraph:Sqlite:Path</c>
/// (as <c>ScoGraph__Sqlite__Path</c>), <c>ScoGraph:Neo4j:Uri|User|Password|Database</c> (or <c>NEO4J_URI</c>,
/// <c>NEO4J_USER</c>, <c>NEO4J_PASSWORD</c>, <c>NEO4J_DATABASE</c>), <c>SCOGRAPH_API_KEY</c> and <c>SCOGRAPH_SERVER</c>.
/// Options on the command line win over all of these.
/// </summary>
public sealed class CliSettings(Func<string, string?> environment)
{
    public static CliSettings FromEnvironment() => new(Environment.GetEnvironmentVariable);

    /// <summary>A configuration key (<c>ScoGraph:Sqlite:Path</c>), read as <c>ScoGraph__Sqlite__Path</c> or as spelt.</summary>
    public string? Key(string key) => Nonblank(environment(key.Replace(":", "__", StringComparison.Ordinal))) ?? Nonblank(environment(key));

    public string? SqlitePath => Key("ScoGraph:Sqlite:Path");

    public string? Neo4jUri => Key("ScoGraph:Neo4j:Uri") ?? Nonblank(environment("NEO4J_URI"));

    public string? Neo4jUser => Key("ScoGraph:Neo4j:User") ?? Nonblank(environment("NEO4J_USER"));

    public string? Neo4jPassword => Key("ScoGraph:Neo4j:Password") ?? Nonblank(environment("NEO4J_PASSWORD"));

    public string? Neo4jDatabase => Key("ScoGraph:Neo4j:Database") ?? Nonblank(environment("NEO4J_DATABASE"));

    public string? ApiKey => Nonblank(environment("SCOGRAPH_API_KEY"));

    public string? Server => Nonblank(environment("SCOGRAPH_SERVER"));

    private static string? Nonblank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
