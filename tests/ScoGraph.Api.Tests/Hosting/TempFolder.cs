namespace ScoGraph.Api.Tests.Hosting;

/// <summary>A fresh folder under the system temp directory, deleted (with any store files in it) on dispose.</summary>
public sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("scograph-api-hosting-").FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A store file still held by a dying process; the OS cleans temp folders eventually.
        }
    }
}
