using ScoGraph.Domain.Model;

namespace ScoGraph.Storage.Neo4j.Graph;

/// <summary>Entity kinds as stored in <c>kind</c> properties: the same upper-case names the import format and the API use.</summary>
internal static class KindText
{
    public static string Format(EntityKind kind) => Enum.IsDefined(kind)
        ? EnumText<EntityKind>.Format(kind)
        : throw new ArgumentException($"{(int)kind} is not an entity kind", nameof(kind));

    public static EntityKind Parse(string text) => EnumText<EntityKind>.TryParse(text, out var kind)
        ? kind
        : throw new InvalidDataException($"The store holds an unknown entity kind \"{text}\".");
}
