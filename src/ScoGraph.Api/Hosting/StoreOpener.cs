using Microsoft.Extensions.Logging;
using ScoGraph.Domain.Ports;
using ScoGraph.Storage.Neo4j;
using ScoGraph.Storage.Neo4j.Http;
using ScoGraph.Storage.Sqlite;

namespace ScoGraph.Api.Hosting;

/// <summary>
/// Opens the store <c>ScoGraph:Store</c> names. Anything that keeps it from opening stops the server with a
/// <see cref="StartupException"/> that says what to fix and which setting does it.
/// </summary>
internal static class StoreOpener
{
    public static Task<OpenedStore> OpenAsync(ScoGraphOptions settings, string contentRoot, ILogger logger, CancellationToken cancellationToken) =>
        (settings.Store ?? "").Trim().ToLowerInvariant() switch
        {
            "" or ScoGraphOptions.StoreKind.Sqlite => OpenSqliteAsync(settings.Sqlite, contentRoot, logger, cancellationToken),
            ScoGraphOptions.StoreKind.Neo4j => OpenNeo4jAsync(settings.Neo4j, logger, cancellationToken),
            var other => throw new StartupException(
                $"ScoGraph:Store is \"{other}\"; it must be \"{ScoGraphOptions.StoreKind.Sqlite}\" or \"{ScoGraphOptions.StoreKind.Neo4j}\"."),
        };

    private static async Task<OpenedStore> OpenSqliteAsync(ScoGraphOptions.SqliteSettings sqlite, string contentRoot, ILogger logger,
        CancellationToken cancellationToken)
    {
        var path = string.IsNullOrWhiteSpace(sqlite.Path)
            ? Path.Combine(AppContext.BaseDirectory, "data", "scograph.db")
            : Path.GetFullPath(sqlite.Path, contentRoot);
        try
        {
            var store = await SqliteTimelineStore.OpenAsync(path, cancellationToken);
            logger.LogInformation("SQLite store: {Path}", path);
            return new OpenedStore(store, $"SQLite {path}", $"SQLite schema version {store.SchemaVersion}");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new StartupException($"Cannot open the SQLite store at {path} (configure ScoGraph:Sqlite:Path): {e.Message}", e);
        }
    }

    private static async Task<OpenedStore> OpenNeo4jAsync(ScoGraphOptions.Neo4jSettings neo4j, ILogger logger, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(neo4j.Uri, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new StartupException(
                $"ScoGraph:Neo4j:Uri is \"{neo4j.Uri}\"; it must be the HTTP address of Neo4j, e.g. http://localhost:7474 (ScoGraph speaks Neo4j's HTTP API, not Bolt).");
        }
        if (neo4j.BatchSize < 1)
            throw new StartupException($"ScoGraph:Neo4j:BatchSize is {neo4j.BatchSize}; it must be at least 1.");

        var options = new Neo4jStoreOptions
        {
            Uri = uri,
            User = neo4j.User,
            Password = neo4j.Password,
            Database = neo4j.Database,
            BatchSize = neo4j.BatchSize,
        };
        var where = $"Neo4j {uri} (database {neo4j.Database})";
        try
        {
            var store = await Neo4jTimelineStore.OpenAsync(options, cancellationToken);
            logger.LogInformation("Neo4j store: {Uri}, database {Database}", uri, neo4j.Database);
            return new OpenedStore(store, where, $"Neo4j schema files applied ({store.AppliedSchemaFiles})");
        }
        catch (Neo4jConfigurationException e)
        {
            throw new StartupException($"Cannot use {where}: {e.Message}", e);
        }
        catch (StoreUnavailableException e)
        {
            throw new StartupException(
                $"Cannot reach {where}: {e.Message} Start Neo4j or correct ScoGraph:Neo4j:Uri; ScoGraph does not start without its store.", e);
        }
        catch (Exception e) when (e is not (OperationCanceledException or StartupException))
        {
            throw new StartupException($"Cannot open the store on {where}: {e.Message}", e);
        }
    }
}
