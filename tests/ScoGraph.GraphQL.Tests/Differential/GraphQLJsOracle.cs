using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace ScoGraph.GraphQL.Tests.Differential;

/// <summary>
/// Runs <c>tests/tools/oracle/differential.mjs</c> (graphql-js) once per test run over the whole corpus and
/// keeps its answers: per schema the printed SDL and introspection results, per case the parse outcome,
/// validation errors and execution result.
/// </summary>
public static class GraphQLJsOracle
{
    private static readonly Lazy<OracleOutput> Instance = new(Run);

    public static OracleOutput Output => Instance.Value;

    public sealed record OracleOutput(JsonElement Root, IReadOnlyDictionary<string, JsonElement> Cases)
    {
        public string GraphQLVersion => Root.GetProperty("graphqlVersion").GetString()!;

        public JsonElement Schema(string name) => Root.GetProperty("schemas").GetProperty(name);
    }

    private static OracleOutput Run()
    {
        var workDirectory = Directory.CreateTempSubdirectory("scograph-oracle-");
        try
        {
            var inputPath = Path.Combine(workDirectory.FullName, "input.json");
            var outputPath = Path.Combine(workDirectory.FullName, "output.json");
            File.WriteAllBytes(inputPath, BuildInput());

            RunScript("oracle/differential.mjs", inputPath, outputPath);

            using var document = JsonDocument.Parse(File.ReadAllBytes(outputPath));
            var root = document.RootElement.Clone();
            var cases = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            foreach (var outcome in root.GetProperty("cases").EnumerateArray())
            {
                cases[outcome.GetProperty("id").GetString()!] = outcome;
            }
            return new OracleOutput(root, cases);
        }
        finally
        {
            workDirectory.Delete(recursive: true);
        }
    }

    /// <summary>Runs one of the oracle scripts (path relative to tests/tools) on an input file.</summary>
    public static void RunScript(string script, string inputPath, string outputPath)
    {
        var toolsDirectory = Path.Combine(DifferentialCorpus.RepositoryRoot, "tests", "tools");
        EnsureNodePackages(toolsDirectory);
        RunProcess("node", [script, inputPath, outputPath], toolsDirectory, TimeSpan.FromMinutes(3));
    }

    private static byte[] BuildInput()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WriteStartObject("schemas");
            foreach (var (name, sdl) in DifferentialCorpus.Schemas)
            {
                writer.WriteString(name, sdl);
            }
            writer.WriteEndObject();

            writer.WriteStartObject("data");
            foreach (var (name, json) in DifferentialCorpus.Data)
            {
                writer.WritePropertyName(name);
                writer.WriteRawValue(json);
            }
            writer.WriteEndObject();

            writer.WriteStartArray("cases");
            foreach (var testCase in DifferentialCorpus.Cases)
            {
                writer.WriteStartObject();
                writer.WriteString("id", testCase.Id);
                writer.WriteString("schema", testCase.Schema);
                writer.WriteString("document", testCase.Document);
                if (testCase.VariablesJson is not null)
                {
                    writer.WritePropertyName("variables");
                    writer.WriteRawValue(testCase.VariablesJson);
                }
                if (testCase.OperationName is not null)
                {
                    writer.WriteString("operationName", testCase.OperationName);
                }
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        return stream.ToArray();
    }

    /// <summary>The test command installs tools/node_modules; a bare checkout gets them here on first use.</summary>
    private static void EnsureNodePackages(string toolsDirectory)
    {
        if (File.Exists(Path.Combine(toolsDirectory, "node_modules", "graphql", "package.json")))
        {
            return;
        }
        RunProcess("npm", ["ci", "--no-audit", "--no-fund"], toolsDirectory, TimeSpan.FromMinutes(5));
    }

    private static void RunProcess(string fileName, IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        Process? started;
        try
        {
            started = Process.Start(startInfo);
        }
        catch (System.ComponentModel.Win32Exception error)
        {
            throw new InvalidOperationException(
                $"The differential tests need Node.js: could not run '{fileName}' ({error.Message}). " +
                "Install Node.js 18+ (.ci/run does) and run the tests again.", error);
        }
        using var process = started ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => output.AppendLine(e.Data);
        process.ErrorDataReceived += (_, e) => output.AppendLine(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} did not finish within {timeout}.");
        }
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{fileName} {string.Join(' ', arguments)} failed with exit code {process.ExitCode}:\n{output}");
        }
    }
}
