using ScoGraph.Domain.Ports;
using ScoGraph.Storage.Neo4j;
using ScoGraph.Storage.Neo4j.Http;
using ScoGraph.Storage.Sqlite;

namespace ScoGraph.Cli.Stores;

/// <summary>The one place a command's store target becomes a store (<c>--sqlite PATH</c>, <c>--neo4j URI</c>).</summary>
public static class StoreFactory
{
    /// <summary>Opens the store; a store that cannot be opened is <see cref="ExitCodes.Unreachable"/>.</summary>
    public static async Task<OpenStore> OpenAsync(StoreSelection selection, CancellationToken cancellationToken)
    {
        if (selection.SqlitePath is { } path)
        {
            try
            {
                var sqlite = await SqliteTimelineStore.OpenAsync(path, cancellationToken);
                return new OpenStore(sqlite, sqlite);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                throw new CliException(ExitCodes.Unreachable, $"cannot open the SQLite store {path}: {e.Message}", e);
            }
        }

        if (selection.Neo4jUri is { } uri)
        {
            var options = new Neo4jStoreOptions
            {
                Uri = uri,
                User = selection.Neo4jUser ?? "neo4j",
                Password = selection.Neo4jPassword ?? "",
                Database = selection.Neo4jDatabase ?? "neo4j",
            };
            try
            {
                var neo4j = await Neo4jTimelineStore.OpenAsync(options, cancellationToken);
                return new OpenStore(neo4j, neo4j);
            }
            catch (Neo4jConfigurationException e)
            {
                // Wrong credentials or an unknown database: the server answered, and refused us.
                throw new CliException(ExitCodes.Unauthorized, $"Neo4j at {uri} refused the settings: {e.Message}", e);
            }
            catch (StoreUnavailableException e)
            {
                throw new CliException(ExitCodes.Unreachable, $"cannot reach Neo4j at {uri}: {e.Message}", e);
            }
        }

        throw CliException.Usage("name a store: --sqlite PATH (or ScoGraph__Sqlite__Path), or --neo4j URI (or NEO4J_URI)");
    }
}
