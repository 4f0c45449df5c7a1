using System.IO.Compression;
using System.Net;

namespace ScoGraph.Cli.Remote;

/// <summary>
/// The request body of <c>scograph import --server</c>: the inputs one after another (a newline between them),
/// optionally gzip-compressed on the fly, streamed (never read whole), counting bytes and noting where each
/// input's lines start so that the server's line numbers can be shown as <c>file:line</c>.
/// </summary>
/// <param name="bodyLength">The body's exact size when known (plain files), sent as <c>Content-Length</c>.</param>
public sealed class UploadContent(IReadOnlyList<(string Name, Func<Stream> Open)> inputs, bool gzip, Action<long> onSent, long? bodyLength = null) : HttpContent
{
    private readonly List<(string Name, int FirstLine)> _starts = [];

    public IReadOnlyList<(string Name, int FirstLine)> Starts => _starts;

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        await SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        _starts.Clear();
        var target = gzip ? new GZipStream(stream, CompressionLevel.Fastest, leaveOpen: true) : stream;
        var buffer = new byte[1 << 16];
        long sent = 0;
        var line = 1;
        try
        {
            foreach (var (name, open) in inputs)
            {
                _starts.Add((name, line));
                await using var source = open();
                var last = (byte)'\n';
                int read;
                while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                    line += buffer.AsSpan(0, read).Count((byte)'\n');
                    last = buffer[read - 1];
                    sent += read;
                    onSent(sent);
                }
                if (last != (byte)'\n')
                {
                    await target.WriteAsync("\n"u8.ToArray(), cancellationToken);
                    line++;
                }
            }
        }
        finally
        {
            if (gzip) await target.DisposeAsync();
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        length = gzip ? 0 : bodyLength ?? 0;
        return !gzip && bodyLength is not null;
    }

    /// <summary><c>file:line</c> for the server's line number of the whole body.</summary>
    public string Locate(int line)
    {
        if (_starts.Count <= 1) return $"line {line}";
        var part = _starts.Last(s => s.FirstLine <= line);
        return $"{part.Name}:{line - part.FirstLine + 1}";
    }
}
