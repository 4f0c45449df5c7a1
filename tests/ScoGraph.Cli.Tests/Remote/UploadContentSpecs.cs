using ScoGraph.Cli.Commands;
using ScoGraph.Cli.Remote;
using ScoGraph.Cli.Tests.Support;

namespace ScoGraph.Cli.Tests.Remote;

/// <summary>The upload body of <c>import --server</c>, and the size announced for it in advance.</summary>
public sealed class UploadContentSpecs
{
    [Fact]
    public async Task The_length_announced_for_plain_files_is_the_length_of_the_body_sent()
    {
        using var temp = new TempFolder();
        // With and without a final newline, and empty: the body adds a newline only where a file lacks one.
        string[] files =
        [
            temp.Write("a.jsonl", "{\"type\":\"source\",\"id\":\"a\",\"title\":\"A\"}\n"),
            temp.Write("b.jsonl", "{\"type\":\"source\",\"id\":\"b\",\"title\":\"B\"}"),
            temp.Write("c.jsonl", ""),
        ];
        var length = InputFiles.UploadLength(files);
        var (inputs, _) = InputFiles.ForUpload(files);
        using var content = new UploadContent(inputs, gzip: false, _ => { }, length);

        var body = await content.ReadAsByteArrayAsync();

        Assert.Equal(body.Length, length);
        Assert.Equal(length, content.Headers.ContentLength);
    }

    [Fact]
    public void No_length_is_announced_for_standard_input_or_a_gzip_file()
    {
        using var temp = new TempFolder();
        var gzip = temp.File("a.jsonl.gz");
        using (var file = File.Create(gzip))
        using (var packed = new System.IO.Compression.GZipStream(file, System.IO.Compression.CompressionLevel.Fastest))
            packed.Write("{\"type\":\"source\",\"id\":\"a\",\"title\":\"A\"}\n"u8);

        Assert.Null(InputFiles.UploadLength([InputFiles.StandardInput]));
        Assert.Null(InputFiles.UploadLength([gzip]));
    }
}
