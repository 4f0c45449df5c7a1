using System.Security.Cryptography;
using System.Text;

namespace ScoGraph.Api.Hosting;

/// <summary>
/// The dataset as one import text (its files concatenated in name order, the order they must be imported in), where
/// each file starts (to report errors by file and line) and its version: a SHA-256 over every file's name and text,
/// so any edit, added or removed file gives a new version.
/// </summary>
public sealed class ShippedDataset
{
    private readonly List<(int FirstLine, string Name)> _starts = [];

    private ShippedDataset(IReadOnlyList<(string Name, string Text)> files)
    {
        var text = new StringBuilder();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var line = 1;
        foreach (var (name, content) in files)
        {
            _starts.Add((line, name));
            var body = content.EndsWith('\n') ? content : content + "\n";
            text.Append(body);
            line += body.Count(c => c == '\n');
            hash.AppendData(Encoding.UTF8.GetBytes(name + "\n"));
            hash.AppendData(Encoding.UTF8.GetBytes(body));
        }
        Text = text.ToString();
        FileCount = files.Count;
        Version = "sha256:" + Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>The files embedded in this build (<c>src/ScoGraph.Api/Data/*.jsonl</c>).</summary>
    public static ShippedDataset Embedded() => From(EmbeddedFiles.DatasetFiles());

    public static ShippedDataset From(IReadOnlyList<(string Name, string Text)> files)
    {
        if (files.Count == 0) throw new StartupException("No dataset files are embedded in ScoGraph.Api (Data/*.jsonl); rebuild the project.");
        return new ShippedDataset(files);
    }

    public string Text { get; }

    public int FileCount { get; }

    /// <summary><c>sha256:</c> and 64 hex digits.</summary>
    public string Version { get; }

    /// <summary>"02-states.jsonl line 4" for a line of the concatenated text.</summary>
    public string Locate(int line)
    {
        var file = _starts.Last(s => s.FirstLine <= line);
        return $"{file.Name} line {line - file.FirstLine + 1}";
    }
}
