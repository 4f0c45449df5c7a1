using Microsoft.Data.Sqlite;
using ScoGraph.Domain.Model;
using ScoGraph.Domain.Serialization;
using ScoGraph.Domain.Versions;
using ScoGraph.Storage.Sqlite.Mapping;

namespace ScoGraph.Storage.Sqlite.Reading;

/// <summary>
/// The version columns every entity query selects, in this order, and how to read them back.
/// </summary>
internal static class VersionColumns
{
    public const string Select =
        "v.item_id, v.content, v.revision, v.recorded_at, v.retracted_at, v.retraction_reason, v.supersedes, v.recorded_by, v.retracted_by";

    public const int Count = 9;

    /// <summary>The knowledge-time predicate on alias <c>v</c> with parameter <c>$known</c> (see migration 1).</summary>
    public const string KnownFilter = "v.recorded_at <= $known AND (v.retracted_at IS NULL OR v.retracted_at > $known)";

    public static VersionInfo ReadInfo(SqliteDataReader reader, int offset) => new(
        reader.GetInt32(offset + 2),
        KnowledgeTicks.ToTime(reader.GetInt64(offset + 3)),
        reader.IsDBNull(offset + 4) ? null : KnowledgeTicks.ToTime(reader.GetInt64(offset + 4)),
        reader.IsDBNull(offset + 5) ? null : reader.GetString(offset + 5),
        reader.IsDBNull(offset + 6) ? null : reader.GetInt32(offset + 6),
        reader.IsDBNull(offset + 7) ? null : reader.GetString(offset + 7),
        reader.IsDBNull(offset + 8) ? null : reader.GetString(offset + 8));

    public static Versioned<Entity> ReadEntity(SqliteDataReader reader, int offset) =>
        new(EntityJson.Deserialize(reader.GetString(offset + 1)), ReadInfo(reader, offset));
}
