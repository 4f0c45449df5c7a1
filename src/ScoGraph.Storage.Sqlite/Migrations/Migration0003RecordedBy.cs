using Microsoft.Data.Sqlite;

namespace ScoGraph.Storage.Sqlite.Migrations;

/// <summary>
/// Who wrote what: every version records the writer of the batch that recorded it (<c>recorded_by</c>) and of the
/// batch that retracted it (<c>retracted_by</c>): an API key's configured name or a system writer, never a key.
/// Versions stored before this step keep NULL (unknown); nothing is guessed for them.
/// </summary>
internal sealed class Migration0003RecordedBy : ISchemaMigration
{
    public int Version => 3;

    public string Name => "writer of each version and of its retraction";

    public void Apply(SqliteConnection connection, SqliteTransaction transaction) =>
        MigrationRunner.Execute(connection, transaction, """
            ALTER TABLE item_version ADD COLUMN recorded_by  TEXT;
            ALTER TABLE item_version ADD COLUMN retracted_by TEXT;
            """);
}
