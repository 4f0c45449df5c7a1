using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using ScoGraph.Domain.Model;

namespace ScoGraph.Domain.Serialization;

/// <summary>
/// The storage form of an entity: compact JSON with a <c>"$kind"</c> discriminator (<c>"MEMBERSHIP_CHANGE"</c>),
/// camelCase fields, partial dates as ISO strings, enums in their outside spelling, nulls left out. Every adapter
/// stores this form, and it is canonical: the same content always gives the same text, which is how a write
/// decides "unchanged" (<see cref="ContentEquals"/>).
/// </summary>
public static class EntityJson
{
    public const string KindProperty = "$kind";

    public static JsonSerializerOptions Options { get; } = CreateOptions();

    public static string Serialize(Entity entity) => JsonSerializer.Serialize(entity, Options);

    /// <summary>A list of citations in the same form (an entity's, or one fact's own): what stores keep beside the content.</summary>
    public static string SerializeSources(IReadOnlyList<SourceRef> sources) => JsonSerializer.Serialize(sources, Options);

    /// <summary>Reads the storage form back; throws <see cref="JsonException"/> for text that is not one.</summary>
    public static Entity Deserialize(string json) =>
        JsonSerializer.Deserialize<Entity>(json, Options) ?? throw new JsonException("null is not an entity");

    /// <summary>Same kind, id and content (lists compared element by element, in order).</summary>
    public static bool ContentEquals(Entity a, Entity b) => Serialize(a) == Serialize(b);

    private static JsonSerializerOptions CreateOptions()
    {
        var resolver = new DefaultJsonTypeInfoResolver();
        resolver.Modifiers.Add(ConfigureEntities);
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            TypeInfoResolver = resolver,
            Converters = { new PartialDateJsonConverter(), new EnumTextJsonConverter() },
        };
        options.MakeReadOnly(populateMissingResolver: false);
        return options;
    }

    private static void ConfigureEntities(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object || info.Type.Assembly != typeof(Entity).Assembly) return;

        // Only stored values: computed properties (an entity's Kind, a period's Bounds...) have no setter and are
        // derived again on read. The kind travels in the discriminator instead.
        foreach (var property in info.Properties.Where(p => p.Set is null).ToArray())
            info.Properties.Remove(property);

        if (!typeof(Entity).IsAssignableFrom(info.Type)) return;

        // Id first and sources last make stored rows easy to read; the order is part of the canonical form.
        foreach (var property in info.Properties)
            property.Order = property.Name switch { "id" => -1, "sources" => 1, _ => 0 };

        if (info.Type == typeof(Entity))
        {
            info.PolymorphismOptions = new JsonPolymorphismOptions
            {
                TypeDiscriminatorPropertyName = KindProperty,
                UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization,
            };
            foreach (var (type, kind) in DerivedTypes)
                info.PolymorphismOptions.DerivedTypes.Add(new JsonDerivedType(type, EnumText<EntityKind>.Format(kind)));
        }
    }

    private static readonly (Type Type, EntityKind Kind)[] DerivedTypes =
    [
        (typeof(State), EntityKind.State),
        (typeof(Organization), EntityKind.Organization),
        (typeof(Official), EntityKind.Official),
        (typeof(Post), EntityKind.Post),
        (typeof(Tenure), EntityKind.Tenure),
        (typeof(Meeting), EntityKind.Meeting),
        (typeof(Agreement), EntityKind.Agreement),
        (typeof(MembershipChange), EntityKind.MembershipChange),
        (typeof(Source), EntityKind.Source),
        (typeof(Claim), EntityKind.Claim),
    ];
}
