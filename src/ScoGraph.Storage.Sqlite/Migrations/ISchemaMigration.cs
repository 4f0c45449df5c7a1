using Microsoft.Data.Sqlite;

namespace ScoGraph.Storage.Sqlite.Migrations;

/// <summary>
/// One step of the schema's history. Steps are applied in version order, each in its own transaction,
/// and never edited after release: a change to the schema is a new step.
/// </summary>
internal interface ISchemaMigration
{
    /// <summary>Strictly increasing, starting at 1.</summary>
    int Version { get; }

    /// <summary>Short description stored beside the version.</summary>
    string Name { get; }

    void Apply(SqliteConnection connection, SqliteTransaction transaction);
}
