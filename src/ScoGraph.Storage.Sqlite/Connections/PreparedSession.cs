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

    public PreparedSession(SqliteConnection connection) => Connection = connection;

    public SqliteConnection Connection { get; }

    /// <summary>
    /// The cached command for <paramref name="sql"/>, its parameters declared in the given order so callers bind
    /// values by position. Values left from the previous use are cleared. Microsoft.Data.Sqlite compiles the
    /// statement on first execution and keeps it while the command text stays the same, so reusing the command
    /// object is what reuses the compiled statement. Callers pass a static array of names: this runs for every
    /// statement executed, and the names are only read when the command is first created.
    /// </summary>
    public SqliteCommand Command(string sql, string[] parameterNames)
    {
        if (_commands.TryGetValue(sql, out var cached))
        {
            foreach (SqliteParameter parameter in cached.Parameters)
            {
                parameter.Value = DBNull.Value;
            }
            cached.Transaction = null;
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
        foreach (var name in parameterNames)
        {
            command.Parameters.Add(new SqliteParameter(name, DBNull.Value));
        }
        _commands[sql] = command;
        return command;
    }

    /// <summary>Runs one-off SQL (pragmas, DDL) that is not worth caching.</summary>
    public void Execute(string sql, SqliteTransaction? transaction = null)
    {
        using var command = Connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }
        _commands.Clear();
        Connection.Dispose();
    }
}
