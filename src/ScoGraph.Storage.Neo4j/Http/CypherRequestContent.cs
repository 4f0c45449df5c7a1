using System.Collections;
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
                    if (CypherParameterWriter.AsList(value) is IEnumerable list)
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
