using System.Buffers;
using System.Text.Json;

namespace ScoGraph.Storage.Neo4j.Http;

/// <summary>
/// Token-by-token JSON over a stream, refilling a pooled buffer as it goes, so a response is never held whole: only
/// the current token, or the one value being parsed into a <see cref="JsonDocument"/> (a row, an error), must fit in
/// the buffer, which grows when one does not. <see cref="Utf8JsonReader"/> is a ref struct and cannot live across
/// awaits, so each step rebuilds one from the saved <see cref="JsonReaderState"/>.
/// </summary>
internal sealed class JsonStreamReader : IDisposable
{
    // Plans nest two levels per operator; rows may nest lists and maps. 64 (the default) is too shallow for plans.
    private static readonly JsonReaderOptions ReaderOptions = new() { MaxDepth = 1024 };

    private readonly Stream _stream;
    private byte[] _buffer;
    private int _start;          // first byte not yet consumed
    private int _end;            // end of the bytes read from the stream
    private bool _final;         // the stream has ended
    private JsonReaderState _state = new(ReaderOptions);
    private int _tokenPos;       // where reading the current token began, so it can be read again
    private JsonReaderState _tokenState = new(ReaderOptions);

    public JsonStreamReader(Stream stream, int initialBufferSize = 16 * 1024)
    {
        _stream = stream;
        _buffer = ArrayPool<byte>.Shared.Rent(initialBufferSize);
    }

    public JsonTokenType TokenType { get; private set; } = JsonTokenType.None;

    /// <summary>Depth of the current token (0 for the root object and its closing brace).</summary>
    public int Depth { get; private set; }

    /// <summary>Reads the next token; false at the end of the document.</summary>
    public async ValueTask<bool> ReadAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            if (TryRead()) return true;
            if (_final) return false;
            await FillAsync(cancellationToken);
        }
    }

    /// <summary>Reads the next token and fails unless it is <paramref name="expected"/>.</summary>
    public async ValueTask ExpectAsync(JsonTokenType expected, CancellationToken cancellationToken)
    {
        if (!await ReadAsync(cancellationToken) || TokenType != expected)
            throw new JsonException($"expected {expected} but found {(TokenType == JsonTokenType.None ? "the end" : TokenType)}");
    }

    /// <summary>The current token as a string (property names and strings).</summary>
    public string? GetString() => Current().GetString();

    /// <summary>Whether the current property name or string equals <paramref name="utf8"/>, without allocating.</summary>
    public bool ValueIs(ReadOnlySpan<byte> utf8) => Current().ValueTextEquals(utf8);

    /// <summary>Reads the value that follows the current property name and skips it, nested values included.</summary>
    public async ValueTask SkipPropertyValueAsync(CancellationToken cancellationToken)
    {
        if (!await ReadAsync(cancellationToken)) throw new JsonException("the body ends after a property name");
        await SkipAsync(cancellationToken);
    }

    /// <summary>Skips the current value: nothing to do for a scalar; to its closing token for an object or array.</summary>
    public async ValueTask SkipAsync(CancellationToken cancellationToken)
    {
        if (TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray)) return;
        if (TrySkipBuffered()) return;
        // Larger than the buffer (a big graph or plan we do not want): walk it token by token instead of growing.
        var depth = Depth;
        while (await ReadAsync(cancellationToken))
            if (TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray && Depth == depth) return;
        throw new JsonException("the body ends inside a value");
    }

    /// <summary>
    /// Parses the current value (whose first token was just read) into a document owned by the caller; the buffer
    /// grows until the whole value fits.
    /// </summary>
    public async ValueTask<JsonDocument> ReadDocumentAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            if (TryParseCurrent(out var document)) return document;
            if (_final) throw new JsonException("the body ends inside a value");
            await FillAsync(cancellationToken);
        }
    }

    private bool TryRead()
    {
        // An empty (or blank) body is a document without tokens, not a broken one; a truncated document still throws.
        if (_final && TokenType == JsonTokenType.None && _buffer.AsSpan(_start, _end - _start).Trim(" \t\r\n"u8).IsEmpty) return false;
        var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _final, _state);
        if (!reader.Read()) return false;
        _tokenPos = _start;
        _tokenState = _state;
        TokenType = reader.TokenType;
        Depth = reader.CurrentDepth;
        _start += (int)reader.BytesConsumed;
        _state = reader.CurrentState;
        return true;
    }

    private Utf8JsonReader Current()
    {
        // The bytes [_tokenPos, _start) are exactly the current token (with the separators before it); read it again.
        var reader = new Utf8JsonReader(_buffer.AsSpan(_tokenPos, _start - _tokenPos), isFinalBlock: true, _tokenState);
        reader.Read();
        return reader;
    }

    private bool TrySkipBuffered()
    {
        var reader = new Utf8JsonReader(_buffer.AsSpan(_tokenPos, _end - _tokenPos), _final, _tokenState);
        reader.Read();
        if (!reader.TrySkip()) return false;
        Consumed(reader);
        return true;
    }

    private bool TryParseCurrent(out JsonDocument document)
    {
        var reader = new Utf8JsonReader(_buffer.AsSpan(_tokenPos, _end - _tokenPos), _final, _tokenState);
        reader.Read();
        // False (not an exception) when the value is not all buffered yet: the caller reads more and tries again.
        if (!JsonDocument.TryParseValue(ref reader, out var parsed))
        {
            document = null!;
            return false;
        }
        document = parsed;
        Consumed(reader);
        return true;
    }

    private void Consumed(in Utf8JsonReader reader)
    {
        _start = _tokenPos + (int)reader.BytesConsumed;
        _state = reader.CurrentState;
        TokenType = reader.TokenType;
        Depth = reader.CurrentDepth;
    }

    private async ValueTask FillAsync(CancellationToken cancellationToken)
    {
        // Keep the current token (it may be read again) and everything after it; drop what came before.
        if (_tokenPos > 0)
        {
            Buffer.BlockCopy(_buffer, _tokenPos, _buffer, 0, _end - _tokenPos);
            _end -= _tokenPos;
            _start -= _tokenPos;
            _tokenPos = 0;
        }
        // Read at least as many bytes again as are pending: a value that spans many reads is re-scanned from its start
        // after each fill, so doubling what is buffered keeps the total work linear in the value's size.
        var wanted = Math.Max(_end, 1);
        if (_buffer.Length - _end < wanted)
        {
            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_buffer.Length * 2, _end + wanted));
            Buffer.BlockCopy(_buffer, 0, larger, 0, _end);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }
        var target = _end + wanted;
        while (_end < target)
        {
            var read = await _stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken);
            if (read == 0)
            {
                _final = true;
                return;
            }
            _end += read;
        }
    }

    public void Dispose()
    {
        var buffer = _buffer;
        _buffer = [];
        if (buffer.Length > 0) ArrayPool<byte>.Shared.Return(buffer);
    }
}
