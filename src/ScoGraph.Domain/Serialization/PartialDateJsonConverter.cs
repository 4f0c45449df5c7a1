using System.Text.Json;
using System.Text.Json.Serialization;
using ScoGraph.Domain.Time;

namespace ScoGraph.Domain.Serialization;

/// <summary>A <see cref="PartialDate"/> as its ISO string (<c>"2006-05"</c>).</summary>
public sealed class PartialDateJsonConverter : JsonConverter<PartialDate>
{
    public override PartialDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String) throw new JsonException("a partial date must be a string");
        return PartialDate.TryParse(reader.GetString(), out var date, out var error) ? date : throw new JsonException(error);
    }

    public override void Write(Utf8JsonWriter writer, PartialDate value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
