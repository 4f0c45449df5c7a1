using System.CommandLine;
using ScoGraph.Cli.Stores;

namespace ScoGraph.Cli.Commands;

/// <summary>The options several commands share: where the data is (a store directly, or a server).</summary>
public sealed class CommonOptions
{
    public Option<string?> Sqlite { get; } = new("--sqlite") { Description = "Work directly on this SQLite store file (created when missing). Env: ScoGraph__Sqlite__Path.", HelpName = "PATH" };

    public Option<string?> Neo4j { get; } = new("--neo4j") { Description = "Work directly on this Neo4j server (HTTP root, e.g. http://localhost:7474). Env: NEO4J_URI or ScoGraph__Neo4j__Uri.", HelpName = "URI" };

    public Option<string?> Neo4jUser { get; } = new("--neo4j-user") { Description = "Neo4j user (env NEO4J_USER; default neo4j).", HelpName = "USER" };

    public Option<string?> Neo4jPassword { get; } = new("--neo4j-password") { Description = "Neo4j password (env NEO4J_PASSWORD).", HelpName = "PASSWORD" };

    public Option<string?> Neo4jDatabase { get; } = new("--neo4j-database") { Description = "Neo4j database (env NEO4J_DATABASE; default neo4j).", HelpName = "NAME" };

    public Option<string?> Server { get; } = new("--server") { Description = "Send to a running ScoGraph server (its POST /import). Env: SCOGRAPH_SERVER.", HelpName = "URL" };

    public Option<string?> ApiKey { get; } = new("--api-key") { Description = "API key for --server (env SCOGRAPH_API_KEY).", HelpName = "KEY" };

    public void AddStoreOptions(Command command)
    {
        command.Options.Add(Sqlite);
        command.Options.Add(Neo4j);
        command.Options.Add(Neo4jUser);
        command.Options.Add(Neo4jPassword);
        command.Options.Add(Neo4jDatabase);
    }

    public void AddServerOptions(Command command)
    {
        command.Options.Add(Server);
        command.Options.Add(ApiKey);
    }

    /// <summary>The store named on the command line, else by the environment (the server's configuration keys).</summary>
    public StoreSelection Store(ParseResult parse, CliSettings settings)
    {
        var sqlite = parse.GetValue(Sqlite);
        var neo4j = parse.GetValue(Neo4j);
        if (sqlite is not null && neo4j is not null) throw CliException.Usage("give either --sqlite or --neo4j, not both");
        if (sqlite is null && neo4j is null)
        {
            sqlite = settings.SqlitePath;
            neo4j = sqlite is null ? settings.Neo4jUri : null;
        }
        Uri? uri = null;
        if (neo4j is not null && !Uri.TryCreate(neo4j, UriKind.Absolute, out uri))
            throw CliException.Usage($"--neo4j: \"{neo4j}\" is not an absolute URI such as http://localhost:7474");
        return new StoreSelection(sqlite, uri,
            parse.GetValue(Neo4jUser) ?? settings.Neo4jUser,
            parse.GetValue(Neo4jPassword) ?? settings.Neo4jPassword,
            parse.GetValue(Neo4jDatabase) ?? settings.Neo4jDatabase);
    }

    /// <summary>The server named by <c>--server</c> (or SCOGRAPH_SERVER when no store is named either), or null.</summary>
    public Uri? ServerUri(ParseResult parse, CliSettings settings, bool storeNamed)
    {
        var text = parse.GetValue(Server) ?? (storeNamed ? null : settings.Server);
        if (text is null) return null;
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            throw CliException.Usage($"--server: \"{text}\" is not an http(s) URL such as http://127.0.0.1:5080");
        return uri;
    }

    /// <summary>
    /// Where a command goes: a server or a store named on the command line (never both), else a store from the
    /// environment, else SCOGRAPH_SERVER. The store selection is empty when nothing is named.
    /// </summary>
    public (StoreSelection Store, Uri? Server) Target(ParseResult parse, CliSettings settings)
    {
        var serverGiven = parse.GetValue(Server) is not null;
        var storeGiven = parse.GetValue(Sqlite) is not null || parse.GetValue(Neo4j) is not null;
        if (serverGiven && storeGiven) throw CliException.Usage("give either --server or a store (--sqlite/--neo4j), not both");
        var store = serverGiven ? new StoreSelection(null, null, null, null, null) : Store(parse, settings);
        return (store, ServerUri(parse, settings, storeNamed: !store.IsEmpty));
    }

    public string? Key(ParseResult parse, CliSettings settings) => parse.GetValue(ApiKey) ?? settings.ApiKey;
}
