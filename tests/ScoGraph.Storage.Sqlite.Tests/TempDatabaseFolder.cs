namespace ScoGraph.Storage.Sqlite.Tests;

/// <summary>
/// A temporary folder per test class; every store a test opens is a new real file in it. Deleted with the class.
/// </summary>
public sealed class TempDatabaseFolder : IDisposable
{
    private int _next;

    public TempDatabaseFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "scograph-sqlite-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string NextFile() => System.IO.Path.Combine(Path, $"store-{Interlocked.Increment(ref _next):D3}.db");

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); }
        catch (IOException) { /* a file still open elsewhere; the OS temp cleanup gets it */ }
    }
}
