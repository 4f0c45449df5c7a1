namespace ScoGraph.Domain.Model;

/// <summary>
/// Entity kinds as stores keep them in their kind columns and properties: the same upper-case names the import format
/// and the API use (<c>MEMBERSHIP_CHANGE</c>). One spelling for every adapter.
/// </summary>
public static class EntityKindText
{
    public static string Format(EntityKind kind) => Enum.IsDefined(kind)
        ? EnumText<EntityKind>.Format(kind)
        : throw new ArgumentException($"{(int)kind} is not an entity kind", nameof(kind));

    /// <exception cref="InvalidDataException">The stored text names no kind (a file or database written by something else).</exception>
    public static EntityKind Parse(string text) => EnumText<EntityKind>.TryParse(text, out var kind)
        ? kind
        : throw new InvalidDataException($"The store holds an unknown entity kind \"{text}\".");
}
