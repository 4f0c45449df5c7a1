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
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;

    public RawStatement(sqlite3 db, string sql)
    {
        _db = db;
        var rc = raw.sqlite3_prepare_v2(db, sql, out _statement);
        if (rc != raw.SQLITE_OK) SqliteException.ThrowExceptionForRC(rc, db);
    }

    /// <summary>Parameters are numbered from 1, in the order they appear in the SQL.</summary>
    public RawStatement Bind(int index, long value)
    {
        Check(raw.sqlite3_bind_int64(_statement, index, value));
        return this;
    }

    public RawStatement Bind(int index, string? value)
    {
        Check(value is null ? raw.sqlite3_bind_null(_statement, index) : raw.sqlite3_bind_text(_statement, index, value));
        return this;
    }

    public RawStatement Bind(int index, long? value) => value is { } v ? Bind(index, v) : BindNull(index);

    public RawStatement BindNull(int index)
    {
        Check(raw.sqlite3_bind_null(_statement, index));
        return this;
    }

    /// <summary>Runs a statement that returns no rows (an insert, an update).</summary>
    public void Execute()
    {
        try
        {
            var rc = raw.sqlite3_step(_statement);
            if (rc is not (raw.SQLITE_DONE or raw.SQLITE_ROW)) SqliteException.ThrowExceptionForRC(rc, _db);
        }
        finally
        {
            Reset();
        }
    }

    /// <summary>Runs the statement and reads the first column of its first row as an integer, or null when it has no row.</summary>
    public long? ExecuteInt64()
    {
        try
        {
            var rc = raw.sqlite3_step(_statement);
            if (rc == raw.SQLITE_ROW) return raw.sqlite3_column_int64(_statement, 0);
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
            var rc = raw.sqlite3_step(_statement);
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
    public long Int64(int column) => raw.sqlite3_column_int64(_statement, column);

    public string Text(int column) => raw.sqlite3_column_text(_statement, column).utf8_to_string();

    /// <summary>The rowid the last insert on this connection gave its row.</summary>
    public long LastInsertRowId => raw.sqlite3_last_insert_rowid(_db);

    // Values are cleared too, so a parameter a caller forgets to bind is NULL, never the previous row's value.
    private void Reset()
    {
        raw.sqlite3_reset(_statement);
        raw.sqlite3_clear_bindings(_statement);
    }

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK) SqliteException.ThrowExceptionForRC(rc, _db);
    }

    public void Dispose() => _statement.Dispose();
}
