using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;

namespace ScoGraph.Storage.Sqlite.Connections;

/// <summary>
/// One open connection plus the statements already compiled on it. Hot paths ask for the same SQL
/// text again and again; compiling it once per connection and only rebinding values is what keeps
/// a lookup in the microsecond range. A session is used by one caller at a time (the pool or the
/// writer lock guarantees that).
/// </summary>
internal sealed class PreparedSession : IDisposable
{
    private const int MaxCachedCommands = 256;

    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);
    private const int MaxRawByReference = 64;

    private readonly Dictionary<string, RawStatement> _raw = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RawStatement> _rawByReference = new(ReferenceEqualityComparer.Instance);
    private SqliteTransaction? _transaction;

    public PreparedSession(SqliteConnection connection) => Connection = connection;

    public SqliteConnection Connection { get; }

    /// <summary>
    /// The cached command for <paramref name="sql"/>, its parameters declared in the given order so callers bind
    /// values by position. Values left from the previous use are cleared. Microsoft.Data.Sqlite compiles the
    /// statement on first execution and keeps it while the command text stays the same, so reusing the command
    /// object is what reuses the compiled statement. Callers pass a static array of names: this runs for every
    /// statement executed, and the names are only read when the command is first created. Inside
    /// <see cref="InTransaction"/> the command joins that transaction (Microsoft.Data.Sqlite refuses to run a
    /// command whose transaction is not the connection's).
    /// </summary>
    public SqliteCommand Command(string sql, string[] parameterNames)
    {
        if (_commands.TryGetValue(sql, out var cached))
        {
            foreach (SqliteParameter parameter in cached.Parameters)
            {
                parameter.Value = DBNull.Value;
            }
            cached.Transaction = _transaction;
            return cached;
        }

        if (_commands.Count >= MaxCachedCommands)
        {
            // Filters compose many statement shapes; past this many, start over rather than grow without bound.
            foreach (var stale in _commands.Values) stale.Dispose();
            _commands.Clear();
        }

        var command = Connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = _transaction;
        foreach (var name in parameterNames)
        {
            command.Parameters.Add(new SqliteParameter(name, DBNull.Value));
        }
        _commands[sql] = command;
        return command;
    }

    /// <summary>
    /// The compiled <see cref="RawStatement"/> for <paramref name="sql"/>, for the statements a bulk write runs per
    /// line. Callers pass a fixed set of SQL texts, so the cache stays small.
    /// </summary>
    public RawStatement Raw(string sql)
    {
        // Callers pass string literals, one object per SQL text: found by reference, the text is not hashed again
        // (a bulk write asks several times per line, and hashing a statement's text cost more than binding it).
        if (_rawByReference.TryGetValue(sql, out var statement)) return statement;
        if (!_raw.TryGetValue(sql, out statement))
        {
            statement = new RawStatement(Connection.Handle!, sql);
            _raw[sql] = statement;
        }
        if (_rawByReference.Count < MaxRawByReference) _rawByReference[sql] = statement;
        return statement;
    }

    /// <summary>
    /// Runs <paramref name="work"/> in one transaction and commits it; an exception rolls it back. Deferred, the
    /// transaction takes no lock until its first statement, and under WAL that first read fixes the snapshot every
    /// later statement of the work reads, whatever commits meanwhile. Immediate, it takes the write lock at once.
    /// </summary>
    public T InTransaction<T>(bool deferred, Func<PreparedSession, T> work)
    {
        if (_transaction is not null) throw new InvalidOperationException("the session is already in a transaction");
        using var transaction = Connection.BeginTransaction(deferred);
        _transaction = transaction;
        try
        {
            var result = work(this);
            transaction.Commit();
            return result;
        }
        finally
        {
            _transaction = null;
        }
    }

    /// <summary>
    /// Makes every statement on this connection stop with SQLITE_INTERRUPT once <paramref name="token"/> is cancelled
    /// (SQLite asks every <see cref="ProgressSteps"/> virtual-machine steps); null removes the check.
    /// </summary>
    public void StopWhen(CancellationToken? token)
    {
        if (token is { } cancellation)
        {
            SQLitePCL.raw.sqlite3_progress_handler(Connection.Handle, ProgressSteps,
                static state => ((StrongBox<CancellationToken>)state).Value.IsCancellationRequested ? 1 : 0,
                new StrongBox<CancellationToken>(cancellation));
        }
        else
        {
            SQLitePCL.raw.sqlite3_progress_handler(Connection.Handle, 0, null, null);
        }
    }

    private const int ProgressSteps = 1000;

    /// <summary>Runs one-off SQL (pragmas, DDL) that is not worth caching.</summary>
    public void Execute(string sql, SqliteTransaction? transaction = null)
    {
        using var command = Connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        command.ExecuteNonQuery();
    }

    /// <summary>Reads one number (a pragma's value) with one-off SQL.</summary>
    public long ExecuteInt64(string sql)
    {
        using var command = Connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Dispose()
    {
        // Raw statements first: a connection with unfinalized statements cannot close.
        foreach (var statement in _raw.Values)
        {
            statement.Dispose();
        }
        _raw.Clear();
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }
        _commands.Clear();
        Connection.Dispose();
    }
}
