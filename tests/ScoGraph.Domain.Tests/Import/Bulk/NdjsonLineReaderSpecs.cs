using System.Text;
using ScoGraph.Domain.Import.Bulk;

namespace ScoGraph.Domain.Tests.Import.Bulk;

public sealed class NdjsonLineReaderSpecs
{
    private static async Task<List<RawLine>> ReadAsync(byte[] bytes)
    {
        var lines = new List<RawLine>();
        await foreach (var line in new NdjsonLineReader(new MemoryStream(bytes)).ReadAsync()) lines.Add(line);
        return lines;
    }

    private static Task<List<RawLine>> ReadAsync(string text) => ReadAsync(Encoding.UTF8.GetBytes(text));

    [Fact]
    public async Task Blank_lines_are_skipped_but_counted_and_CRLF_BOM_and_a_missing_last_newline_are_fine()
    {
        var lines = await ReadAsync("\uFEFF{\"a\":1}\r\n\n   \n{\"b\":2}\n{\"c\":3}");

        Assert.Equal([(1, "{\"a\":1}"), (4, "{\"b\":2}"), (5, "{\"c\":3}")], lines.Select(l => (l.Line, l.Text!)));
    }

    [Fact]
    public async Task Invalid_UTF8_is_a_problem_of_its_own_line_only()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"a\":1}\n").Concat(new byte[] { 0x7b, 0xff, 0x7d, 0x0a }).Concat(Encoding.UTF8.GetBytes("{\"c\":3}\n")).ToArray();

        var lines = await ReadAsync(bytes);

        Assert.Equal(3, lines.Count);
        Assert.Null(lines[1].Text);
        Assert.Contains("not valid UTF-8", lines[1].Problem);
        Assert.Equal("{\"c\":3}", lines[2].Text);
    }

    [Fact]
    public async Task A_line_longer_than_the_limit_is_reported_unread_and_reading_goes_on()
    {
        var huge = new string('x', NdjsonLineReader.MaxLineBytes + 10);

        var lines = await ReadAsync($"{{\"a\":1}}\n{huge}\n{{\"c\":3}}\n");

        Assert.Equal([1, 2, 3], lines.Select(l => l.Line));
        Assert.Contains("bytes long", lines[1].Problem);
        Assert.Equal("{\"c\":3}", lines[2].Text);
    }

    [Fact]
    public async Task Positions_count_bytes_read_so_far()
    {
        var lines = await ReadAsync("{}\n{\"a\":1}\n");

        Assert.Equal([3L, 11L], lines.Select(l => l.EndPosition));
    }
}
