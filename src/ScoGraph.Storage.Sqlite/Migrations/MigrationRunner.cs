using System.Globalization;
using Microsoft.Data.Sqlite;

namespace ScoGraph.Storage.Sqlite.Migrations;

/// <summary>
/// Brings a store file up to the newest schema on open. The applied versions are recorded in
/// <c>schema_migrations</c>; a file written by a newer ScoGraph (a version this build does not know) is
/// refused rather than guessed at.
/// </summary>
internal static class MigrationRunner
{
    /// <summary>All steps this build knows, in order.</summary>
    public static IReadOnlyList<ISchemaMigration> All { get; } =
    [
        new Migration0001ItemsAndFacts(),
        new Migration0002TextSearch(),
        new Migration0003RecordedBy(),
    ];

    public static int LatestVersion => All[^1].Version;

    /// <summary>Applies the pending steps; returns the versions applied now.</summary>
    public static IReadOnlyList<int> MigrateToLatest(SqliteConnection connection)
    {
        Execute(connection, null, """
            CREATE TABLE IF NOT EXISTS schema_migrations (
                version    INTEGER PRIMARY KEY,
                name       TEXT    NOT NULL,
                applied_at TEXT    NOT NULL
            );
            """);

        var applied = new List<int>();
        foreach (var migration in All)
        {
            // BEGIN IMMEDIATE takes the write lock before reading the version, so two processes opening
            // the same new file cannot both apply the same step.
            using var transaction = connection.BeginTransaction(deferred: false);
            var current = CurrentVersion(connection, transaction);
            if (current > LatestVersion)
            {
                throw new StoreFileException(
                    $"The store file has schema version {current}, newer than the newest this build knows ({LatestVersion}). Upgrade ScoGraph to open it.");
            }
            if (migration.Version <= current)
            {
                transaction.Rollback();
                continue;
            }

            migration.Apply(connection, transaction);
            using var record = connection.CreateCommand();
            record.Transaction = transaction;
            record.CommandText = "INSERT INTO schema_migrations (version, name, applied_at) VALUES ($version, $name, $at);";
            record.Parameters.AddWithValue("$version", migration.Version);
            record.Parameters.AddWithValue("$name", migration.Name);
            record.Parameters.AddWithValue("$at", DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture));
            record.ExecuteNonQuery();
            transaction.Commit();
            applied.Add(migration.Version);
        }
        return applied;
    }

    public static int CurrentVersion(SqliteConnection connection, SqliteTransaction? transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_migrations;";
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    internal static void Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
