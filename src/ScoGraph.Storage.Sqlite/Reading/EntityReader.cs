using ScoGraph.Domain.Model;
using ScoGraph.Domain.Versions;
using ScoGraph.Storage.Sqlite.Connections;
using ScoGraph.Storage.Sqlite.Mapping;

namespace ScoGraph.Storage.Sqlite.Reading;

/// <summary>Loads versions of items by id: the batched lookup and one item's history.</summary>
internal static class EntityReader
{
    private static readonly string[] LoadParameters = ["$ids", "$known"];
    private static readonly string[] HistoryParameters = ["$id"];

    public static IReadOnlyDictionary<string, Versioned<Entity>> Load(
        PreparedSession session, IReadOnlyCollection<string> ids, DateTimeOffset? knownAt)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var result = new Dictionary<string, Versioned<Entity>>(StringComparer.Ordinal);
        if (ids.Count == 0) return result;
        // Versions of one id never overlap in knowledge time, so at most one row per id qualifies.
        var command = session.Command($"""
            SELECT {VersionColumns.Select}
            FROM json_each($ids) AS ids CROSS JOIN item_version v ON v.item_id = ids.value
            WHERE {VersionColumns.KnownFilter};
            """, LoadParameters);
        command.Parameters[0].Value = JsonArray.Of(ids.Where(id => id is not null));
        command.Parameters[1].Value = KnowledgeTicks.From(knownAt);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var versioned = VersionColumns.ReadEntity(reader, 0);
            result[versioned.Item.Id] = versioned;
        }
        return result;
    }

    public static IReadOnlyList<Versioned<Entity>> History(PreparedSession session, string itemId)
    {
        if (string.IsNullOrEmpty(itemId)) return [];
        var command = session.Command($"""
            SELECT {VersionColumns.Select} FROM item_version v WHERE v.item_id = $id ORDER BY v.revision;
            """, HistoryParameters);
        command.Parameters[0].Value = itemId;
        var versions = new List<Versioned<Entity>>();
        using var reader = command.ExecuteReader();
        while (reader.Read()) versions.Add(VersionColumns.ReadEntity(reader, 0));
        return versions;
    }
}
