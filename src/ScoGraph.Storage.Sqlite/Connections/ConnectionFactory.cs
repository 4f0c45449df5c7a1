using Microsoft.Data.Sqlite;

namespace ScoGraph.Storage.Sqlite.Connections;

/// <summary>
/// Opens connections to the store file with the settings every connection needs. Pragmas such as
/// <c>synchronous</c>, <c>foreign_keys</c> and <c>busy_timeout</c> belong to a connection, not to the
/// file, so each new connection gets them here; <c>journal_mode=WAL</c> is stored in the file and set
/// once by the writer when the store opens.
/// </summary>
internal sealed class ConnectionFactory
{
    private readonly string _connectionString;
    private readonly SqliteStoreOptions _options;

    public ConnectionFactory(SqliteStoreOptions options)
    {
        SqliteThreadingMode.EnsureConfigured();
        _options = options;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = options.DatabasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            // The store keeps its own sessions (with their compiled statements); a second pool underneath
            // would only hide which connection holds which statements.
            Pooling = false,
            ForeignKeys = true,
            DefaultTimeout = (int)Math.Ceiling(options.BusyTimeout.TotalSeconds),
        }.ToString();
    }

    public PreparedSession OpenWriter()
    {
        var session = Open();
        // WAL: readers keep reading a consistent snapshot while the writer commits, and a commit is one
        // append to the log instead of a rewrite of the pages. NORMAL sync is durable across crashes of
        // the process; only an OS crash may lose the last commits, never corrupt the file.
        session.Execute("PRAGMA journal_mode = WAL;");
        // The writer's batches check every reference themselves, more strictly than the declared foreign keys (an id
        // must be current, not merely recorded once), and rows are never deleted, so the keys hold by construction
        // (a spec runs foreign_key_check after importing the dataset). Enforcing them again cost every fact two or
        // three more index lookups: a tenth of a bulk import's time.
        session.Execute("PRAGMA foreign_keys = OFF;");
        // Checkpoint after 40 MiB of WAL rather than SQLite's 1000 pages: a batch of thousands of lines dirties more
        // than that, so every commit copied its pages back at once; fewer checkpoints copy a page rewritten by
        // several batches once.
        var pageSize = session.ExecuteInt64("PRAGMA page_size;");
        session.Execute($"PRAGMA wal_autocheckpoint = {Math.Max(1, _options.CheckpointKiB * 1024L / pageSize)};");
        return session;
    }

    public PreparedSession OpenReader()
    {
        var session = Open();
        // A reader must never write by accident: reads go through a pool that ignores the writer lock.
        session.Execute("PRAGMA query_only = ON;");
        return session;
    }

    private PreparedSession Open()
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            connection.Open();
            // Lists filter on text the same way the domain normalizes it (a source's publisher is not pre-normalized).
            connection.CreateFunction("scograph_normalize", (string? text) => text is null ? null : ScoGraph.Domain.Indexing.TextNormalizer.Normalize(text),
                isDeterministic: true);
            // "In force on a day" follows the domain's own as-of rule for partial dates, read from the stored agreement.
            connection.CreateFunction("scograph_in_force_on", (string content, long day, long certainOnly) => InForceOn(content, day, certainOnly != 0),
                isDeterministic: true);
            var session = new PreparedSession(connection);
            // The page size first: only a file with no page yet takes it (SQLite ignores it afterwards), and a cache
            // size in KiB is turned into pages at the page size of the moment (16 KiB pages after a 4 KiB count: 4x).
            session.Execute($"""
                PRAGMA page_size = {_options.PageSize};
                PRAGMA busy_timeout = {(long)_options.BusyTimeout.TotalMilliseconds};
                PRAGMA synchronous = NORMAL;
                PRAGMA foreign_keys = ON;
                PRAGMA temp_store = MEMORY;
                PRAGMA cache_size = {-Math.Abs(_options.CacheSizeKiB)};
                """);
            return session;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private static bool InForceOn(string content, long day, bool certainOnly) =>
        ScoGraph.Domain.Serialization.EntityJson.Deserialize(content) is ScoGraph.Domain.Model.Agreement agreement
        && agreement.InForce()?.HoldsOn(DateOnly.FromDayNumber((int)day)) is { } certainty
        && (!certainOnly || certainty == ScoGraph.Domain.Time.Certainty.Certain);
}
