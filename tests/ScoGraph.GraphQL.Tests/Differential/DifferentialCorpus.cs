using ScoGraph.GraphQL.Language;
using ScoGraph.GraphQL.Language.Ast;

namespace ScoGraph.GraphQL.Tests.Differential;

/// <summary>
/// The corpus under <c>Differential/Corpus</c>: schemas (<c>schemas/NAME.graphql</c> with canned root data in
/// <c>schemas/NAME.data.json</c>) and documents (<c>NAME/*.graphql</c>, cases introduced by <c># case: id</c>, optionally
/// followed by <c># variables: {json}</c> and <c># operationName: Name</c>), plus variants generated from them.
/// </summary>
public static class DifferentialCorpus
{
    private static readonly Lazy<Loaded> Instance = new(Load);

    public static IReadOnlyDictionary<string, string> Schemas => Instance.Value.Schemas;

    public static IReadOnlyDictionary<string, string> Data => Instance.Value.Data;

    public static IReadOnlyList<DifferentialCase> Cases => Instance.Value.Cases;

    public static IReadOnlyDictionary<string, DifferentialCase> CasesById => Instance.Value.ById;

    public static int HandWrittenCount => Instance.Value.HandWritten;

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string CorpusDirectory => Path.Combine(RepositoryRoot, "tests", "ScoGraph.GraphQL.Tests", "Differential", "Corpus");

    private sealed record Loaded(
        Dictionary<string, string> Schemas,
        Dictionary<string, string> Data,
        List<DifferentialCase> Cases,
        Dictionary<string, DifferentialCase> ById,
        int HandWritten);

    private static Loaded Load()
    {
        var schemas = new Dictionary<string, string>(StringComparer.Ordinal);
        var data = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(Path.Combine(CorpusDirectory, "schemas"), "*.graphql").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            schemas[name] = File.ReadAllText(file);
            var dataFile = Path.Combine(Path.GetDirectoryName(file)!, name + ".data.json");
            data[name] = File.Exists(dataFile) ? File.ReadAllText(dataFile) : "{}";
        }

        var cases = new List<DifferentialCase>();
        foreach (var schema in schemas.Keys)
        {
            var folder = Path.Combine(CorpusDirectory, schema);
            if (!Directory.Exists(folder))
            {
                continue;
            }
            foreach (var file in Directory.GetFiles(folder, "*.graphql").Order(StringComparer.Ordinal))
            {
                cases.AddRange(ReadCases(schema, Path.GetFileNameWithoutExtension(file), File.ReadAllText(file)));
            }
        }

        var handWritten = cases.Count;
        var rootTypes = schemas.ToDictionary(s => s.Key, s => QueryTypeName(s.Value));
        cases.AddRange(cases.ToList().SelectMany(c => CorpusVariants.For(c, rootTypes[c.Schema])));

        var byId = new Dictionary<string, DifferentialCase>(StringComparer.Ordinal);
        foreach (var testCase in cases)
        {
            if (!byId.TryAdd(testCase.Id, testCase))
            {
                throw new InvalidOperationException($"Duplicate differential case id '{testCase.Id}'.");
            }
        }
        return new Loaded(schemas, data, cases, byId, handWritten);
    }

    /// <summary>Splits a corpus file into cases at each <c># case:</c> line.</summary>
    public static IEnumerable<DifferentialCase> ReadCases(string schema, string fileName, string text)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        string? name = null;
        string? variables = null;
        string? operationName = null;
        var body = new List<string>();
        var inHeader = false;

        foreach (var line in lines)
        {
            if (line.StartsWith("# case:", StringComparison.Ordinal))
            {
                if (name is not null)
                {
                    yield return Make();
                }
                name = line["# case:".Length..].Trim();
                variables = null;
                operationName = null;
                body.Clear();
                inHeader = true;
                continue;
            }
            if (inHeader && line.StartsWith("# variables:", StringComparison.Ordinal))
            {
                variables = line["# variables:".Length..].Trim();
                continue;
            }
            if (inHeader && line.StartsWith("# operationName:", StringComparison.Ordinal))
            {
                operationName = line["# operationName:".Length..].Trim();
                continue;
            }
            inHeader = false;
            body.Add(line);
        }
        if (name is not null)
        {
            yield return Make();
        }

        DifferentialCase Make() =>
            new($"{schema}/{fileName}/{name}", schema, string.Join('\n', body).Trim('\n'), variables, operationName);
    }

    private static string QueryTypeName(string sdl)
    {
        var document = Parser.Parse(sdl);
        var schemaDefinition = document.Definitions.OfType<SchemaDefinitionNode>().FirstOrDefault();
        return schemaDefinition?.OperationTypes.FirstOrDefault(o => o.Operation == OperationType.Query)?.Type.Name.Value ?? "Query";
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ScoGraph.sln")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException($"No ScoGraph.sln above {AppContext.BaseDirectory}.");
    }
}
