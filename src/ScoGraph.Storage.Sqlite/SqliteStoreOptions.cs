namespace ScoGraph.Storage.Sqlite;

/// <summary>How the embedded store opens its file.</summary>
public sealed record SqliteStoreOptions
{
    /// <summary>Path of the database file; created (with its folder) when missing.</summary>
    public required string DatabasePath { get; init; }

    /// <summary>
    /// Most reader connections kept open at once. WAL lets every one of them read while the single
    /// writer commits; more than a handful only costs memory on a small machine.
    /// </summary>
    public int MaxReaderConnections { get; init; } = 8;

    /// <summary>How long a statement waits for a lock held by another process before failing.</summary>
    public TimeSpan BusyTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Page cache per connection, in KiB (SQLite's negative <c>cache_size</c>).</summary>
    public int CacheSizeKiB { get; init; } = 16 * 1024;

    /// <summary>
    /// Page size of a database file this store creates (an existing file keeps the size it was made with). 16 KiB rather
    /// than SQLite's 4 KiB: a bulk import of 1M facts ran about a tenth faster (fewer B-tree levels and page splits
    /// in the fact indexes), and the storage benchmark's queries were no slower.
    /// </summary>
    public int PageSize { get; init; } = 16 * 1024;

    /// <summary>WAL size after which a commit copies the log back into the file (SQLite's <c>wal_autocheckpoint</c>,
    /// counted in the file's own pages): 40 MiB holds a few import batches, so a page several batches touch is copied back once.</summary>
    public int CheckpointKiB { get; init; } = 40 * 1024;
}
