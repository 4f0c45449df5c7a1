using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace ScoGraph.Storage.Sqlite.Connections;

/// <summary>
/// One compiled statement driven through SQLite's own API, for the few statements a bulk write runs per line
/// (a million-line import runs each several million times). A <see cref="SqliteCommand"/> costs a reader object,
/// boxed values and type inference per execution, several times what SQLite spends on a small insert; here a
/// run is bind, step, reset. It runs in whatever transaction its connection is in. Owned and finalized by its
/// <see cref="PreparedSession"/>, before the connection closes.
/// </summary>
internal sealed class RawStatement : IDisposable
{
    private const int MaxReusedBuffer = 64 * 1024;

    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;
    // The raw pointers of the two handles above, which this object keeps alive (see SqliteNative for why).
    private readonly nint _dbPointer;
    private readonly nint _statementPointer;
    private byte[] _utf8 = new byte[256];

    public RawStatement(sqlite3 db, string sql)
    {
        _db = db;
        var rc = raw.sqlite3_prepare_v2(db, sql, out _statement);
        if (rc != raw.SQLITE_OK) SqliteException.ThrowExceptionForRC(rc, db);
        _dbPointer = db.DangerousGetHandle();
        _statementPointer = _statement.DangerousGetHandle();
    }

    /// <summary>Parameters are numbered from 1, in the order they appear in the SQL.</summary>
    public RawStatement Bind(int index, long value)
    {
        Check(SqliteNative.sqlite3_bind_int64(_statementPointer, index, value));
        return this;
    }

    public unsafe RawStatement Bind(int index, string? value)
    {
        if (value is null) return BindNull(index);
        // Encoded into one reused buffer (SQLite copies the bytes): no array per value. A rare huge value (a long
        // agreement text) gets an array of its own rather than keep a huge buffer alive.
        var length = Encoding.UTF8.GetMaxByteCount(value.Length);
        var buffer = length > MaxReusedBuffer ? new byte[length] : _utf8;
        if (buffer.Length < length) _utf8 = buffer = new byte[Math.Max(length, Math.Min(MaxReusedBuffer, _utf8.Length * 2))];
        var written = Encoding.UTF8.GetBytes(value, buffer);
        fixed (byte* text = buffer) // never empty, so never a null pointer (which SQLite would bind as NULL)
        {
            Check(SqliteNative.sqlite3_bind_text(_statementPointer, index, text, written, SqliteNative.Transient));
        }
        return this;
    }

    public RawStatement Bind(int index, long? value) => value is { } v ? Bind(index, v) : BindNull(index);

    public RawStatement BindNull(int index)
    {
        Check(SqliteNative.sqlite3_bind_null(_statementPointer, index));
        return this;
    }

    /// <summary>Runs a statement that returns no rows (an insert, an update).</summary>
    public void Execute()
    {
        try
        {
            var rc = SqliteNative.sqlite3_step(_statementPointer);
            if (rc is not (raw.SQLITE_DONE or raw.SQLITE_ROW)) SqliteException.ThrowExceptionForRC(rc, _db);
        }
        finally
        {
            Reset();
        }
    }

    /// <summary>Runs a statement that returns no rows and answers how many rows it inserted, changed or deleted.</summary>
    public int ExecuteChanges()
    {
        Execute();
        return SqliteNative.sqlite3_changes(_dbPointer);
    }

    /// <summary>Runs the statement and reads the first column of its first row as an integer, or null when it has no row.</summary>
    public long? ExecuteInt64()
    {
        try
        {
            var rc = SqliteNative.sqlite3_step(_statementPointer);
            if (rc == raw.SQLITE_ROW) return SqliteNative.sqlite3_column_int64(_statementPointer, 0);
            if (rc != raw.SQLITE_DONE) SqliteException.ThrowExceptionForRC(rc, _db);
            return null;
        }
        finally
        {
            Reset();
        }
    }

    /// <summary>Runs the statement and maps its first row, or answers null when it has none.</summary>
    public T? ReadFirst<T>(Func<RawStatement, T> map) where T : class
    {
        try
        {
            var rc = SqliteNative.sqlite3_step(_statementPointer);
            if (rc == raw.SQLITE_ROW) return map(this);
            if (rc != raw.SQLITE_DONE) SqliteException.ThrowExceptionForRC(rc, _db);
            return null;
        }
        finally
        {
            Reset();
        }
    }

    /// <summary>A column of the current row (inside <see cref="ReadFirst{T}"/>), numbered from 0.</summary>
    public long Int64(int column) => SqliteNative.sqlite3_column_int64(_statementPointer, column);

    public string Text(int column) => raw.sqlite3_column_text(_statement, column).utf8_to_string();

    /// <summary>The rowid the last insert on this connection gave its row.</summary>
    public long LastInsertRowId => SqliteNative.sqlite3_last_insert_rowid(_dbPointer);

    // Values are cleared too, so a parameter a caller forgets to bind is NULL, never the previous row's value.
    private void Reset()
    {
        SqliteNative.sqlite3_reset(_statementPointer);
        SqliteNative.sqlite3_clear_bindings(_statementPointer);
    }

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK) SqliteException.ThrowExceptionForRC(rc, _db);
    }

    public void Dispose() => _statement.Dispose();
}
