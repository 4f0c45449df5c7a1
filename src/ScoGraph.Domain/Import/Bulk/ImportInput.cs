using System.IO.Compression;

namespace ScoGraph.Domain.Import.Bulk;

/// <summary>
/// What a bulk import reads: one or more parts (files, stdin, an upload) read as one input with one line numbering,
/// so references may point forward into a later part. The importer reads it twice (check, then write), so a
/// one-shot stream is copied to a temporary spool file while it is first read (<see cref="FromStream"/>).
/// </summary>
public sealed class ImportInput : IAsyncDisposable
{
    private readonly IReadOnlyList<Part> _parts;
    private readonly string? _spool;

    private ImportInput(IReadOnlyList<Part> parts, string? spool)
    {
        _parts = parts;
        _spool = spool;
    }

    /// <summary>One part: its display name, how to open it the first and the second time, its size if known.</summary>
    private sealed record Part(string Name, Func<Stream> OpenFirst, Func<Stream> OpenAgain, long? Length);

    /// <summary>Where each part's lines start in the input's numbering (filled by the first read).</summary>
    public IReadOnlyList<(string Name, int FirstLine)> PartStarts => _starts;

    private readonly List<(string Name, int FirstLine)> _starts = [];

    /// <summary>Total size in bytes when every part's size is known (files), else null (stdin, uploads).</summary>
    public long? Length => _parts.All(p => p.Length is not null) ? _parts.Sum(p => p.Length!.Value) : null;

    /// <summary>Files read in the given order; a <c>.gz</c> file (or any file starting with the gzip magic) is unpacked.</summary>
    public static ImportInput FromFiles(IEnumerable<string> paths) => new(
        [.. paths.Select(path => new Part(path, () => OpenFile(path), () => OpenFile(path), new FileInfo(path).Length))], null);

    /// <summary>
    /// A one-shot stream (stdin, an HTTP body), optionally gzip, copied to <paramref name="spoolDirectory"/> while it
    /// is read the first time, so the second read never needs it (nor memory) again. The spool is deleted on dispose.
    /// </summary>
    public static ImportInput FromStream(string name, Stream stream, bool gzip, string? spoolDirectory = null, long? length = null)
    {
        var spool = ImportSpool.NewPath(spoolDirectory);
        var part = new Part(name,
            () => new TeeStream(gzip ? new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true) : stream, File.Create(spool)),
            () => new FileStream(spool, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan),
            length);
        return new ImportInput([part], spool);
    }

    /// <summary>In-memory text (the <c>importFacts</c> mutation, tests).</summary>
    public static ImportInput FromText(string text, string name = "input")
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(text);
        return new ImportInput([new Part(name, () => new MemoryStream(bytes, false), () => new MemoryStream(bytes, false), bytes.Length)], null);
    }

    /// <summary>The file name and line in it for a line number of the whole input (<c>02-states.jsonl:3</c>).</summary>
    public string Locate(int line)
    {
        if (_starts.Count <= 1) return $"line {line}";
        var part = _starts.Last(s => s.FirstLine <= line);
        return $"{part.Name}:{line - part.FirstLine + 1}";
    }

    /// <summary>Reads every part's lines in order, numbering lines across parts; <paramref name="again"/> reads the spool (or reopens the files).</summary>
    public async IAsyncEnumerable<RawLine> ReadAsync(bool again, Action<long>? onPosition,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var next = 1;
        long before = 0;
        if (!again) _starts.Clear();
        foreach (var part in _parts)
        {
            if (!again) _starts.Add((part.Name, next));
            await using var stream = again ? part.OpenAgain() : part.OpenFirst();
            var reader = new NdjsonLineReader(stream, next);
            var enumerator = reader.ReadAsync(cancellationToken).GetAsyncEnumerator(cancellationToken);
            try
            {
                while (true)
                {
                    string? corrupt = null;
                    try
                    {
                        if (!await enumerator.MoveNextAsync()) break;
                    }
                    catch (InvalidDataException e)
                    {
                        corrupt = e.Message.TrimEnd('.');
                    }
                    if (corrupt is not null)
                    {
                        // A corrupt gzip body: what was unpacked so far stands; the rest is one error on the next line.
                        yield return new RawLine(reader.NextLineNumber, null, $"cannot be read: the input is not valid gzip ({corrupt})", 0);
                        break;
                    }
                    var line = enumerator.Current;
                    onPosition?.Invoke(before + line.EndPosition);
                    yield return line;
                }
            }
            finally
            {
                await enumerator.DisposeAsync();
            }
            next = reader.NextLineNumber;
            before += part.Length ?? 0;
        }
    }

    private static Stream OpenFile(string path)
    {
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        Span<byte> magic = stackalloc byte[2];
        var isGzip = file.Read(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b;
        file.Position = 0;
        return isGzip ? new GZipStream(file, CompressionMode.Decompress) : file;
    }

    public ValueTask DisposeAsync()
    {
        if (_spool is not null)
        {
            try { File.Delete(_spool); }
            catch (IOException) { /* a spool left behind is only disk space; never fail the import for it */ }
        }
        return ValueTask.CompletedTask;
    }
}
