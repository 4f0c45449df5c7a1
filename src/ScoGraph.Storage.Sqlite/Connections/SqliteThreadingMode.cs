using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace ScoGraph.Storage.Sqlite.Connections;

/// <summary>
/// SQLite's process-wide settings, applied once before its first connection opens. By default every call on a
/// connection takes that connection's mutex, and every allocation a global one for memory statistics: a few percent
/// of a bulk import, for protection the store never needs, since it never uses one connection from two threads at
/// once (writes hold the writer lock, the reader pool lends a session to one reader at a time, and a session is
/// closed only when nobody holds it). Multi-thread mode drops the connection mutexes; statistics are switched off.
/// </summary>
internal static class SqliteThreadingMode
{
    private const int ConfigMultiThread = 2;   // SQLITE_CONFIG_MULTITHREAD
    private const int ConfigMemoryStatus = 9;  // SQLITE_CONFIG_MEMSTATUS

    private static readonly Lazy<bool> Configured = new(Configure);

    /// <summary>
    /// True when SQLite took the settings; false when something in the process used SQLite before (SQLite then refuses
    /// to change and stays serialized: correct, only slower).
    /// </summary>
    public static bool EnsureConfigured() => Configured.Value;

    private static bool Configure()
    {
        // Microsoft.Data.Sqlite chooses the native library the first time it is touched; it must be chosen first.
        using (new SqliteConnection()) { }
        var threading = raw.sqlite3_config(ConfigMultiThread);
        var statistics = raw.sqlite3_config(ConfigMemoryStatus, 0);
        return threading == raw.SQLITE_OK && statistics == raw.SQLITE_OK;
    }
}
