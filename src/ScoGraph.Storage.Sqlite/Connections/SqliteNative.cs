using System.Runtime.InteropServices;

namespace ScoGraph.Storage.Sqlite.Connections;

/// <summary>
/// The handful of SQLite calls a bulk write makes for every value of every row, called on the library SQLitePCLRaw
/// loaded (<c>e_sqlite3</c>) with plain pointers. Through SQLitePCLRaw each call also took and released the safe
/// handle of its statement and made a full transition out of managed code; a million-line import makes some forty
/// million of them. The calls that only set or read a value in SQLite's memory skip the GC transition: they
/// never block and return in nanoseconds. Stepping a statement runs SQL and keeps the normal transition.
/// </summary>
internal static partial class SqliteNative
{
    private const string Library = "e_sqlite3";

    /// <summary>SQLITE_TRANSIENT: SQLite copies the bytes before the call returns, so the buffer can be reused at once.</summary>
    public static readonly nint Transient = -1;

    [LibraryImport(Library), SuppressGCTransition]
    public static partial int sqlite3_bind_int64(nint statement, int index, long value);

    [LibraryImport(Library), SuppressGCTransition]
    public static partial int sqlite3_bind_null(nint statement, int index);

    [LibraryImport(Library), SuppressGCTransition]
    public static unsafe partial int sqlite3_bind_text(nint statement, int index, byte* text, int length, nint destructor);

    [LibraryImport(Library)]
    public static partial int sqlite3_step(nint statement);

    [LibraryImport(Library), SuppressGCTransition]
    public static partial int sqlite3_reset(nint statement);

    [LibraryImport(Library), SuppressGCTransition]
    public static partial int sqlite3_clear_bindings(nint statement);

    [LibraryImport(Library), SuppressGCTransition]
    public static partial long sqlite3_column_int64(nint statement, int column);

    [LibraryImport(Library), SuppressGCTransition]
    public static partial int sqlite3_changes(nint db);

    [LibraryImport(Library), SuppressGCTransition]
    public static partial long sqlite3_last_insert_rowid(nint db);

    /// <summary>The connection's own mutex, or zero when SQLite runs in multi-thread mode (SqliteThreadingMode).</summary>
    [LibraryImport(Library)]
    public static partial nint sqlite3_db_mutex(nint db);
}
