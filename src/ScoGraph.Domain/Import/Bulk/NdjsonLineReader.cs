using System.Buffers;
using System.Text;

namespace ScoGraph.Domain.Import.Bulk;

/// <summary>
/// Splits a byte stream into lines without ever holding more than one line (at most <see cref="MaxLineBytes"/>) in
/// memory, so a 1 GB upload or file streams through. A line that is not UTF-8 or is too long becomes a
/// <see cref="RawLine.Problem"/> on its own line number; reading goes on with the next line.
/// </summary>
public sealed class NdjsonLineReader(Stream stream, int firstLineNumber = 1)
{
    /// <summary>Longest line kept (bytes). Longer lines are skipped to their end and reported, never buffered.</summary>
    public const int MaxLineBytes = 4 << 20;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The line number the next line would get (after reading: one past the last line).</summary>
    public int NextLineNumber { get; private set; } = firstLineNumber;

    public async IAsyncEnumerable<RawLine> ReadAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(1 << 16);
        var line = new ArrayBufferWriter<byte>(1024);
        long position = 0;
        long lineBytes = 0;
        var first = true;
        try
        {
            while (true)
            {
                var read = await stream.ReadAsync(buffer.AsMemory(), cancellationToken);
                if (read == 0) break;
                var start = 0;
                while (start < read)
                {
                    var newline = Array.IndexOf(buffer, (byte)'\n', start, read - start);
                    var end = newline < 0 ? read : newline;
                    var count = end - start;
                    if (lineBytes + count <= MaxLineBytes) line.Write(buffer.AsSpan(start, count));
                    lineBytes += count;
                    position += count;
                    if (newline < 0) break;
                    position++;
                    start = newline + 1;
                    var raw = Finish(line, lineBytes, position, first);
                    first = false;
                    line.Clear();
                    lineBytes = 0;
                    if (raw is { } r) yield return r;
                }
            }
            if (lineBytes > 0 && Finish(line, lineBytes, position, first) is { } last) yield return last;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>The line just ended, or null when it is blank (blank lines still take a number).</summary>
    private RawLine? Finish(ArrayBufferWriter<byte> line, long lineBytes, long position, bool first)
    {
        var number = NextLineNumber++;
        if (lineBytes > MaxLineBytes)
            return new RawLine(number, null, $"is {lineBytes} bytes long; a line may have at most {MaxLineBytes} bytes", position);
        var bytes = line.WrittenSpan;
        if (bytes.Length > 0 && bytes[^1] == (byte)'\r') bytes = bytes[..^1];
        if (first && bytes.StartsWith("\uFEFF"u8)) bytes = bytes[3..];
        if (IsBlank(bytes)) return null;
        try
        {
            return new RawLine(number, StrictUtf8.GetString(bytes), null, position);
        }
        catch (DecoderFallbackException e)
        {
            var at = e.Index >= 0 ? $" (at byte {e.Index + 1})" : "";
            return new RawLine(number, null, $"is not valid UTF-8{at}", position);
        }
    }

    private static bool IsBlank(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r')) return false;
        return true;
    }
}
