using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;

namespace ScoGraph.Storage.Neo4j.Schema;

/// <summary>One schema file of <c>schema/neo4j</c>: its name (<c>001-constraints</c>) and its statements.</summary>
internal sealed record SchemaFile(string Name, IReadOnlyList<string> Statements);

/// <summary>
/// The schema files embedded in the assembly (<c>schema/neo4j/NNN-name.cypher</c>), in file-name order. Each holds
/// schema statements only (constraints and indexes, all with <c>IF NOT EXISTS</c>): schema and data statements
/// cannot share a transaction (semantics page 5).
/// </summary>
internal static partial class SchemaFiles
{
    private const string ResourcePrefix = "ScoGraph.Storage.Neo4j.Schema.";

    [GeneratedRegex(@"^[0-9]{3}-[a-z0-9-]+$")]
    private static partial Regex NamePattern();

    [GeneratedRegex(@"^(CREATE|DROP)\s+(CONSTRAINT|INDEX|RANGE\s+INDEX|FULLTEXT\s+INDEX|TEXT\s+INDEX)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SchemaStatement();

    /// <summary>The embedded files, ordered by name.</summary>
    public static IReadOnlyList<SchemaFile> Load() => Load(typeof(SchemaFiles).Assembly);

    public static IReadOnlyList<SchemaFile> Load(Assembly assembly)
    {
        var files = new List<SchemaFile>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(ResourcePrefix, StringComparison.Ordinal) || !resource.EndsWith(".cypher", StringComparison.Ordinal))
                continue;
            var name = resource[ResourcePrefix.Length..^".cypher".Length];
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            files.Add(Parse(name, reader.ReadToEnd()));
        }
        return Ordered(files);
    }

    /// <summary>Files in the order they are applied: by name, which starts with a three-digit number.</summary>
    public static IReadOnlyList<SchemaFile> Ordered(IEnumerable<SchemaFile> files)
    {
        var ordered = files.OrderBy(f => f.Name, StringComparer.Ordinal).ToArray();
        var duplicate = ordered.GroupBy(f => f.Name[..Math.Min(3, f.Name.Length)]).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new InvalidOperationException($"two schema files share the number {duplicate.Key}: {string.Join(", ", duplicate.Select(f => f.Name))}");
        return ordered;
    }

    /// <summary>Splits a file into statements (ended by <c>;</c>), dropping <c>//</c> comment lines, and checks them.</summary>
    public static SchemaFile Parse(string name, string text)
    {
        if (!NamePattern().IsMatch(name))
            throw new InvalidOperationException($"schema file \"{name}.cypher\" is not named NNN-name.cypher");
        var body = string.Join('\n', text.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal)));
        var statements = body.Split(';').Select(s => string.Join(' ', s.Split((char[])['\n', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries)))
            .Where(s => s.Length > 0).ToArray();
        foreach (var statement in statements)
        {
            if (!SchemaStatement().IsMatch(statement))
                throw new InvalidOperationException($"schema file {name}: \"{statement}\" is not a schema statement (only CREATE/DROP of indexes and constraints)");
            if (!statement.Contains(" IF NOT EXISTS ", StringComparison.OrdinalIgnoreCase) && !statement.Contains(" IF EXISTS", StringComparison.OrdinalIgnoreCase))
                throw new InvalidOperationException($"schema file {name}: \"{statement}\" must say IF NOT EXISTS (or IF EXISTS) so it can run twice");
        }
        if (statements.Length == 0) throw new InvalidOperationException($"schema file {name} holds no statement");
        return new SchemaFile(name, statements);
    }
}
