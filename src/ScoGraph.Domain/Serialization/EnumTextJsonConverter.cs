using System.Text.Json;
using System.Text.Json.Serialization;
using ScoGraph.Domain.Model;

namespace ScoGraph.Domain.Serialization;

/// <summary>Domain enums as their outside spelling (<c>"DIALOGUE_PARTNER"</c>, see <see cref="EnumText{T}"/>).</summary>
public sealed class EnumTextJsonConverter : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(Converter<>).MakeGenericType(typeToConvert))!;

    private sealed class Converter<T> : JsonConverter<T> where T : struct, Enum
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.String && EnumText<T>.TryParse(reader.GetString(), out var value)
                ? value
                : throw new JsonException($"expected one of {string.Join(", ", EnumText<T>.All)}");

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
            writer.WriteStringValue(EnumText<T>.Format(value));
    }
}
