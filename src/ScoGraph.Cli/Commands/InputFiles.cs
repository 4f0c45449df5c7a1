using ScoGraph.Domain.Import.Bulk;

namespace ScoGraph.Cli.Commands;

/// <summary>The FILE... arguments: files in order, or <c>-</c> for standard input (once).</summary>
public static class InputFiles
{
    public const string StandardInput = "-";

    public static IReadOnlyList<string> Check(string[]? files)
    {
        if (files is null || files.Length == 0) throw CliException.Usage("name at least one input file (or - for standard input)");
        if (files.Count(f => f == StandardInput) > 1) throw CliException.Usage("standard input (-) can be read once");
        if (files.Contains(StandardInput) && files.Length > 1) throw CliException.Usage("read either files or standard input (-), not both");
        foreach (var file in files.Where(f => f != StandardInput))
            if (!File.Exists(file)) throw CliException.Usage($"no such file: {file}");
        return files;
    }

    public static ImportInput Open(IReadOnlyList<string> files) => files is [StandardInput]
        ? ImportInput.FromStream("stdin", Console.OpenStandardInput(), gzip: false)
        : ImportInput.FromFiles(files);

    /// <summary>The inputs as streams to upload, and their total size when all are files.</summary>
    public static (IReadOnlyList<(string Name, Func<Stream> Open)> Inputs, long? Length) ForUpload(IReadOnlyList<string> files) => files is [StandardInput]
        ? ([("stdin", Console.OpenStandardInput)], null)
        : ([.. files.Select(f => (f, (Func<Stream>)(() => OpenUnpacked(f))))], files.Sum(f => new FileInfo(f).Length));

    /// <summary>
    /// The exact size of the upload body when it is known in advance: plain files (not gzip), each followed by a newline
    /// unless it ends with one, exactly as <see cref="Remote.UploadContent"/> sends them. Sent as <c>Content-Length</c>, it
    /// lets the server size its id index once instead of growing it (and its memory) as lines arrive.
    /// </summary>
    public static long? UploadLength(IReadOnlyList<string> files)
    {
        if (files is [StandardInput]) return null;
        long total = 0;
        Span<byte> edge = stackalloc byte[2];
        foreach (var path in files)
        {
            using var file = File.OpenRead(path);
            if (file.Read(edge) == 2 && edge[0] == 0x1f && edge[1] == 0x8b) return null; // gzip: unpacked size unknown
            total += file.Length;
            if (file.Length == 0) continue;
            file.Position = file.Length - 1;
            if (file.ReadByte() != '\n') total++;
        }
        return total;
    }

    /// <summary>A file's lines: a gzip file is unpacked (the upload is compressed again with --gzip).</summary>
    private static Stream OpenUnpacked(string path)
    {
        var file = File.OpenRead(path);
        Span<byte> magic = stackalloc byte[2];
        var isGzip = file.Read(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b;
        file.Position = 0;
        return isGzip ? new System.IO.Compression.GZipStream(file, System.IO.Compression.CompressionMode.Decompress) : file;
    }
}
