using System.Collections;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ScoGraph.Storage.Neo4j.Http;

/// <summary>
/// The body <c>{"statements": [{"statement": …, "parameters": {…}}]}</c>, written with <see cref="Utf8JsonWriter"/>
/// straight to the request stream while it is sent (chunked), so a 5,000-row UNWIND batch is never a string in memory.
/// Parameter values follow the semantics page, section 3: integers stay integers, floating-point numbers always carry a
/// fraction or exponent (JSON <c>5</c> would arrive as an INTEGER), dates and datetimes travel as their ISO strings
/// (converted in Cypher with <c>date()</c> / <c>datetime()</c>); anything else is refused before it can surprise Cypher.
/// </summary>
internal sealed class CypherRequestContent : HttpContent
{
    private const int FlushThreshold = 32 * 1024;

    // The body is never embedded in HTML, so non-ASCII text (Cyrillic, Chinese names) goes as UTF-8, not \uXXXX.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly IReadOnlyList<CypherStatement> _statements;
    private readonly string? _prefix;

    /// <param name="prefix">Text put before every statement, e.g. <c>"EXPLAIN "</c>.</param>
    public CypherRequestContent(IReadOnlyList<CypherStatement> statements, string? prefix = null)
    {
        _statements = statements;
        _prefix = prefix;
        Headers.ContentType = new MediaTypeHeaderValue("application/json");
    }

    /// <summary>
    /// Why writing the body failed (a parameter Cypher cannot carry). HttpClient wraps exceptions thrown while sending
    /// content in an <see cref="HttpRequestException"/>; the session rethrows this one instead, so a caller's mistake is
    /// never mistaken for a network failure and retried.
    /// </summary>
    public Exception? WriteFailure { get; private set; }

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        try
        {
            await WriteAsync(stream, cancellationToken);
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException)
        {
            // CypherParameterException, or Utf8JsonWriter refusing invalid UTF-16 (a lone surrogate) in a string.
            WriteFailure = exception;
            throw;
        }
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }

    /// <summary>Writes the whole body to <paramref name="stream"/> (also used by the tests).</summary>
    public async Task WriteAsync(Stream stream, CancellationToken cancellationToken)
    {
        await using var writer = new Utf8JsonWriter(stream, WriterOptions);
        writer.WriteStartObject();
        writer.WriteStartArray("statements"u8);
        foreach (var statement in _statements)
        {
            writer.WriteStartObject();
            if (_prefix is null) writer.WriteString("statement"u8, statement.Text);
            else writer.WriteString("statement"u8, _prefix + statement.Text);
            if (statement.Parameters is { Count: > 0 } parameters)
            {
                writer.WriteStartObject("parameters"u8);
                foreach (var (name, value) in parameters)
                {
                    writer.WritePropertyName(name);
                    // Top-level lists are the big ones (UNWIND $rows): flush between their elements.
                    if (value is IEnumerable list and not string and not IDictionary and not IReadOnlyDictionary<string, object?>)
                    {
                        writer.WriteStartArray();
                        var index = 0;
                        foreach (var item in list)
                        {
                            CypherParameterWriter.Write(writer, item, name, index++);
                            if (writer.BytesPending > FlushThreshold) await writer.FlushAsync(cancellationToken);
                        }
                        writer.WriteEndArray();
                    }
                    else
                    {
                        CypherParameterWriter.Write(writer, value, name);
                    }
                    if (writer.BytesPending > FlushThreshold) await writer.FlushAsync(cancellationToken);
                }
                writer.WriteEndObject();
            }
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
        await writer.FlushAsync(cancellationToken);
    }
}

/// <summary>A parameter value that Cypher over JSON cannot carry faithfully; names the parameter path.</summary>
public sealed class CypherParameterException(string message) : ArgumentException(message);

/// <summary>One parameter value as JSON, by the rules of <see cref="CypherRequestContent"/>.</summary>
internal static class CypherParameterWriter
{
    public static void Write(Utf8JsonWriter writer, object? value, string name, int? index = null) =>
        WriteValue(writer, value, new ParameterPath(name, index, null));

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
