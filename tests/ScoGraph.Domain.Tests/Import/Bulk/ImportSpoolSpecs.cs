using ScoGraph.Domain.Import.Bulk;

namespace ScoGraph.Domain.Tests.Import.Bulk;

public sealed class ImportSpoolSpecs : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("scograph-spool-specs-").FullName;

    [Fact]
    public void Spools_of_processes_that_are_gone_are_deleted_and_those_of_running_ones_kept()
    {
        // No process has the largest id (Linux caps ids far below it): its spool was left by a killed server.
        var dead = Touch($"scograph-import-{int.MaxValue}-0123456789abcdef0123456789abcdef.ndjson");
        var own = Touch(Path.GetFileName(ImportSpool.NewPath(_folder)));
        var unrelated = Touch("notes.ndjson");

        Assert.Equal(1, ImportSpool.DeleteStale(_folder));

        Assert.False(File.Exists(dead));
        Assert.True(File.Exists(own));
        Assert.True(File.Exists(unrelated));
    }

    [Fact]
    public async Task A_stream_input_spools_under_its_process_and_deletes_the_spool_when_done()
    {
        await using (var input = ImportInput.FromStream("body", new MemoryStream("{\"a\":1}\n"u8.ToArray()), gzip: false, _folder))
        {
            await foreach (var _ in input.ReadAsync(again: false, null, CancellationToken.None)) { }
            Assert.StartsWith($"scograph-import-{Environment.ProcessId}-", Path.GetFileName(Assert.Single(Directory.GetFiles(_folder))));
        }
        Assert.Empty(Directory.GetFiles(_folder));
    }

    private string Touch(string name)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, "{}\n");
        return path;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
