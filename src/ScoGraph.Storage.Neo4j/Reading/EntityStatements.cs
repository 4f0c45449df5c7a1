using ScoGraph.Storage.Neo4j.Http;

namespace ScoGraph.Storage.Neo4j.Reading;

/// <summary>Loads of versions by id: the batched lookup and one item's history.</summary>
internal static class EntityStatements
{
    /// <summary>The version of each id known at the moment (versions of one id never overlap in knowledge time).</summary>
    public static CypherStatement Load(IEnumerable<string> ids, DateTimeOffset? knownAt) => CypherStatement.Of($"""
        {Known.Prefix}
        UNWIND $ids AS id
        MATCH (:Item {"{"}id: id{"}"})-[:HAS_VERSION]->(v:Version)
        WHERE {Known.Filter("v")}
        RETURN {Known.VersionColumns("v")}
        """, ("ids", ids.Where(id => id is not null).Distinct(StringComparer.Ordinal).ToArray()), ("knownAt", Known.Parameter(knownAt)));

    public static CypherStatement History(string itemId) => CypherStatement.Of($"""
        MATCH (:Item {"{"}id: $id{"}"})-[:HAS_VERSION]->(v:Version)
        WITH v ORDER BY v.revision
        RETURN {Known.VersionColumns("v")}
        """, ("id", itemId));
}
