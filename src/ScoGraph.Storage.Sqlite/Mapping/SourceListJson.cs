using System.Text.Json;
using ScoGraph.Domain.Model;
using ScoGraph.Domain.Serialization;

namespace ScoGraph.Storage.Sqlite.Mapping;

/// <summary>A fact's or version's citations as a small JSON array.</summary>
internal static class SourceListJson
{
    public static string Serialize(IReadOnlyList<SourceRef> sources) => EntityJson.SerializeSources(sources);

    public static IReadOnlyList<SourceRef> Deserialize(string json) =>
        json == "[]" ? [] : JsonSerializer.Deserialize<SourceRef[]>(json, EntityJson.Options) ?? [];
}
