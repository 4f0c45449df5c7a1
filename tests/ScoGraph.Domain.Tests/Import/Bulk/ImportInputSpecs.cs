using System.IO.Compression;
using System.Text;
using ScoGraph.Domain.Import.Bulk;

namespace ScoGraph.Domain.Tests.Import.Bulk;

public sealed class ImportInputSpecs
{
    [Fact]
    public async Task A_one_shot_gzip_stream_is_spooled_so_it_can_be_read_twice()
    {
        var packed = new MemoryStream();
        await using (var gzip = new GZipStream(packed, CompressionLevel.Fastest, leaveOpen: true))
            await gzip.WriteAsync(Encoding.UTF8.GetBytes("{\"a\":1}\n{\"b\":2}\n"));
        packed.Position = 0;
        await using var input = ImportInput.FromStream("body", packed, gzip: true);

        var first = await ReadAllAsync(input, again: false);
        var second = await ReadAllAsync(input, again: true);

        Assert.Equal(["{\"a\":1}", "{\"b\":2}"], first);
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task A_body_that_is_not_gzip_becomes_one_problem_on_the_next_line()
    {
        await using var input = ImportInput.FromStream("body", new MemoryStream(Encoding.UTF8.GetBytes("{\"a\":1}\n")), gzip: true);

        var lines = new List<RawLine>();
        await foreach (var line in input.ReadAsync(again: false, null, CancellationToken.None)) lines.Add(line);

        var only = Assert.Single(lines);
        Assert.Equal(1, only.Line);
        Assert.Contains("not valid gzip", only.Problem);
    }

    private static async Task<List<string>> ReadAllAsync(ImportInput input, bool again)
    {
        var texts = new List<string>();
        await foreach (var line in input.ReadAsync(again, null, CancellationToken.None)) texts.Add(line.Text!);
        return texts;
    }
}
