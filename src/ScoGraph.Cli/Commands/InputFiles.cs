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
