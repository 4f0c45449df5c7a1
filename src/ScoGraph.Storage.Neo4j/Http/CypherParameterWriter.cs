using System.Collections;
using System.Globalization;
using System.Text.Json;

namespace ScoGraph.Storage.Neo4j.Http;

/// <summary>A parameter value that Cypher over JSON cannot carry faithfully; names the parameter path.</summary>
public sealed class CypherParameterException(string message) : ArgumentException(message);

/// <summary>One parameter value as JSON, by the rules of <see cref="CypherRequestContent"/>.</summary>
internal static class CypherParameterWriter
{
    public static void Write(Utf8JsonWriter writer, object? value, string name, int? index = null) =>
        WriteValue(writer, value, new ParameterPath(name, index, null));

    /// <summary>The value as a list when it is written as a JSON array (not a string, map or JSON element), else null.</summary>
    public static IEnumerable? AsList(object? value) => value switch
    {
        string or JsonElement or IReadOnlyDictionary<string, object?> or IDictionary<string, object?> or IDictionary => null,
        IEnumerable list => list,
        _ => null,
    };

    private static void WriteValue(Utf8JsonWriter writer, object? value, ParameterPath path)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case string text: writer.WriteStringValue(text); break;
            case bool flag: writer.WriteBooleanValue(flag); break;
            case int number: writer.WriteNumberValue(number); break;
            case long number: writer.WriteNumberValue(number); break;
            case short number: writer.WriteNumberValue(number); break;
            case byte number: writer.WriteNumberValue(number); break;
            case sbyte number: writer.WriteNumberValue(number); break;
            case ushort number: writer.WriteNumberValue(number); break;
            case uint number: writer.WriteNumberValue(number); break;
            case ulong number when number <= long.MaxValue: writer.WriteNumberValue(number); break;
            case ulong:
                throw new CypherParameterException($"parameter {path} is {value}, beyond Cypher's 64-bit signed INTEGER");
            case double number: writer.WriteRawValue(FloatText(number, path), skipInputValidation: true); break;
            case float number: writer.WriteRawValue(FloatText(number, path), skipInputValidation: true); break;
            case decimal number: writer.WriteRawValue(WithFraction(number.ToString(CultureInfo.InvariantCulture)), skipInputValidation: true); break;
            case char character: writer.WriteStringValue(character.ToString()); break;
            case DateOnly day: writer.WriteStringValue(CypherTemporal.FormatDate(day)); break;
            case DateTimeOffset instant: writer.WriteStringValue(CypherTemporal.FormatDateTime(instant)); break;
            case DateTime { Kind: DateTimeKind.Utc } instant: writer.WriteStringValue(CypherTemporal.FormatDateTime(instant)); break;
            case DateTime:
                throw new CypherParameterException(
                    $"parameter {path} is a DateTime of kind {((DateTime)value).Kind}: pass a DateTimeOffset (or a UTC DateTime) so the instant is unambiguous");
            case Guid id: writer.WriteStringValue(id.ToString("D")); break;
            case JsonElement element: element.WriteTo(writer); break;
            case Enum:
                throw new CypherParameterException(
                    $"parameter {path} is the enum value {value.GetType().Name}.{value}: pass its stored spelling as a string (the store decides it, not the transport)");
            case IReadOnlyDictionary<string, object?> map: WriteMap(writer, map, path); break;
            case IDictionary<string, object?> map: WriteMap(writer, map, path); break;
            case IDictionary map: WriteMap(writer, map, path); break;
            case IEnumerable list:
                writer.WriteStartArray();
                var index = 0;
                foreach (var item in list) WriteValue(writer, item, path.Item(index++));
                writer.WriteEndArray();
                break;
            default:
                throw new CypherParameterException(
                    $"parameter {path} has type {value.GetType().Name}, which a Cypher parameter cannot carry: pass a map " +
                    "(IReadOnlyDictionary<string, object?>) of its fields, a list, or a string, number, boolean, DateOnly or DateTimeOffset");
        }
    }

    private static void WriteMap(Utf8JsonWriter writer, IEnumerable<KeyValuePair<string, object?>> map, ParameterPath path)
    {
        writer.WriteStartObject();
        foreach (var (key, item) in map)
        {
            writer.WritePropertyName(key);
            WriteValue(writer, item, path.Key(key));
        }
        writer.WriteEndObject();
    }

    private static void WriteMap(Utf8JsonWriter writer, IDictionary map, ParameterPath path)
    {
        writer.WriteStartObject();
        foreach (DictionaryEntry entry in map)
        {
            if (entry.Key is not string key)
                throw new CypherParameterException($"parameter {path} is a map with a {entry.Key.GetType().Name} key: Cypher map keys are strings");
            writer.WritePropertyName(key);
            WriteValue(writer, entry.Value, path.Key(key));
        }
        writer.WriteEndObject();
    }

    private static string FloatText(double number, ParameterPath path)
    {
        // JSON has no NaN or infinities; Neo4j would need them as Cypher expressions, not parameters.
        if (!double.IsFinite(number))
            throw new CypherParameterException($"parameter {path} is {number.ToString(CultureInfo.InvariantCulture)}, which JSON cannot carry");
        return WithFraction(number.ToString("R", CultureInfo.InvariantCulture));
    }

    private static string FloatText(float number, ParameterPath path)
    {
        if (!float.IsFinite(number))
            throw new CypherParameterException($"parameter {path} is {number.ToString(CultureInfo.InvariantCulture)}, which JSON cannot carry");
        return WithFraction(number.ToString("R", CultureInfo.InvariantCulture));
    }

    /// <summary>5 → 5.0, so that Neo4j reads a FLOAT, not an INTEGER; 1E+308 and 0.5 already are.</summary>
    private static string WithFraction(string text) =>
        text.AsSpan().IndexOfAny('.', 'E', 'e') >= 0 ? text : text + ".0";

    /// <summary>Where a value sits inside a parameter, for messages: <c>$rows[3].validFrom</c>.</summary>
    private sealed class ParameterPath(string name, int? index, ParameterPath? parent)
    {
        private readonly string? _key;

        private ParameterPath(ParameterPath parent, string key) : this("", null, parent) => _key = key;

        public ParameterPath Item(int i) => new("", i, this);

        public ParameterPath Key(string key) => new(this, key);

        public override string ToString()
        {
            var prefix = parent?.ToString() ?? "$" + name;
            if (_key is not null) return $"{prefix}.{_key}";
            return index is int i ? parent is null ? $"${name}[{i}]" : $"{prefix}[{i}]" : prefix;
        }
    }
}
