using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;

namespace ScoGraph.GraphQL.AspNetCore;

/// <summary>
/// Operations the server knows in advance ("trusted documents"), read once from a folder of <c>.graphql</c> files.
/// Each is found by the lowercase hex SHA-256 of its file's bytes (what Apollo's persisted queries and Relay's
/// persisted documents send), and also by its file name without extension, so files may be named by hash or
/// by purpose.
/// </summary>
public sealed class PersistedOperationStore
{
    private readonly FrozenDictionary<string, string> _documents;

    private PersistedOperationStore(FrozenDictionary<string, string> documents) => _documents = documents;

    public static PersistedOperationStore Empty { get; } = new(FrozenDictionary<string, string>.Empty);

    /// <summary>Loads every <c>*.graphql</c> file under <paramref name="directory"/> (subfolders included).</summary>
    public static PersistedOperationStore Load(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"The persisted operations folder \"{directory}\" does not exist.");
        }
        var documents = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in Directory.EnumerateFiles(directory, "*.graphql", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var bytes = File.ReadAllBytes(file);
            var text = Encoding.UTF8.GetString(bytes);
            documents[Hash(bytes)] = text;
            documents.TryAdd(Path.GetFileNameWithoutExtension(file), text);
        }
        return new PersistedOperationStore(documents.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase));
    }

    public bool TryGet(string id, out string document)
    {
        // Accept the "sha256:<hex>" prefix some clients (Relay, GraphQL-over-HTTP persisted documents) add.
        var key = id.StartsWith("sha256:", StringComparison.OrdinalIgnoreCase) ? id["sha256:".Length..] : id;
        return _documents.TryGetValue(key, out document!);
    }

    /// <summary>The id a client uses for a document: the lowercase hex SHA-256 of its UTF-8 bytes.</summary>
    public static string Hash(string document) => Hash(Encoding.UTF8.GetBytes(document));

    private static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
