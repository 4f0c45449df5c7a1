using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ScoGraph.GraphQL;
using ScoGraph.GraphQL.Execution;
using ScoGraph.GraphQL.Language;
using ScoGraph.GraphQL.Types;
using ScoGraph.GraphQL.Utilities;
using ScoGraph.GraphQL.Validation;
using ScoGraph.GraphQL.Benchmarks;

// Times parse + validate + execute of (a) the standard introspection query and (b) a three-level query
// returning 1,000 objects, here and in graphql-js (node, same SDL, data and documents), and prints the ratio.
// Run: dotnet run -c Release --project bench/ScoGraph.GraphQL.Benchmarks [iterations]

var iterations = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 300;
var folder = BenchmarkFiles.Folder();
var sdlPath = Path.Combine(folder, "schema.graphql");
var queryPath = Path.Combine(folder, "query.graphql");
var schema = SchemaBuilder.FromSdl(File.ReadAllText(sdlPath)).Build();
var dataQuery = File.ReadAllText(queryPath);
var root = Library.Build();

var ours = new
{
    Introspection = Measure(IntrospectionQuery.Text, iterations),
    Query = Measure(dataQuery, iterations),
};
var cachedExecutor = new RequestExecutor(schema, new RequestExecutorOptions { RootValueFactory = (_, _) => root });
var cachedQuery = MeasureCached(cachedExecutor, dataQuery, iterations);
var theirs = RunGraphQLJs(folder, sdlPath, queryPath, iterations);

Console.WriteLine($"{iterations} iterations x 3 rounds per case after a 2 s warm-up; best round's mean time per parse+validate+execute");
Console.WriteLine($"{"case",-36} {"ScoGraph",12} {"graphql-js",12} {"speed-up",9}");
Print("(a) introspection query", ours.Introspection, theirs.IntrospectionMs);
Print("(b) 3-level query, 1,000 objects", ours.Query, theirs.QueryMs);
Console.WriteLine($"(b) through RequestExecutor with its document cache: {cachedQuery:F3} ms");
return 0;

// Best mean of three rounds, as the node script does: the least disturbed round on a shared machine.
double Measure(string source, int count)
{
    // Warm-up: two seconds of the same work, so the tiered JIT has optimized it (as V8 has on the node side).
    var warmUp = Stopwatch.StartNew();
    while (warmUp.Elapsed < TimeSpan.FromSeconds(2)) RunOnce(source);
    var best = double.MaxValue;
    for (var round = 0; round < 3; round++)
    {
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < count; i++) RunOnce(source);
        best = Math.Min(best, clock.Elapsed.TotalMilliseconds / count);
    }
    return best;
}

void RunOnce(string source)
{
    var document = Parser.Parse(source);
    var errors = DocumentValidator.Validate(schema, document);
    if (errors.Count > 0) throw new InvalidOperationException(errors[0].Message);
    var result = Executor.ExecuteAsync(new ExecutionArgs(schema, document, RootValue: root)).GetAwaiter().GetResult();
    if (result.Errors is { Count: > 0 }) throw new InvalidOperationException(result.Errors[0].Message);
}

static double MeasureCached(RequestExecutor executor, string source, int count)
{
    var request = new GraphQLRequest(source);
    var warmUp = Stopwatch.StartNew();
    while (warmUp.Elapsed < TimeSpan.FromSeconds(2)) executor.ExecuteAsync(request).GetAwaiter().GetResult();
    var best = double.MaxValue;
    for (var round = 0; round < 3; round++)
    {
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < count; i++) executor.ExecuteAsync(request).GetAwaiter().GetResult();
        best = Math.Min(best, clock.Elapsed.TotalMilliseconds / count);
    }
    return best;
}

static (double IntrospectionMs, double QueryMs) RunGraphQLJs(string folder, string sdlPath, string queryPath, int count)
{
    var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true };
    foreach (var argument in new[] { Path.Combine(folder, "graphql-js-bench.mjs"), sdlPath, queryPath, count.ToString(CultureInfo.InvariantCulture) })
    {
        start.ArgumentList.Add(argument);
    }
    using var node = Process.Start(start) ?? throw new InvalidOperationException("Could not start node.");
    var output = node.StandardOutput.ReadToEnd();
    var error = node.StandardError.ReadToEnd();
    node.WaitForExit();
    if (node.ExitCode != 0) throw new InvalidOperationException($"graphql-js benchmark failed: {error}");
    using var json = JsonDocument.Parse(output);
    return (json.RootElement.GetProperty("introspectionMs").GetDouble(), json.RootElement.GetProperty("queryMs").GetDouble());
}

static void Print(string name, double oursMs, double theirsMs) =>
    Console.WriteLine($"{name,-36} {oursMs,9:F3} ms {theirsMs,9:F3} ms {theirsMs / oursMs,8:F1}x");

/// <summary>Finds this project's folder from the build output, so the node script can reach tests/tools.</summary>
internal static class BenchmarkFiles
{
    public static string Folder()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "bench", "ScoGraph.GraphQL.Benchmarks");
            if (File.Exists(Path.Combine(candidate, "graphql-js-bench.mjs"))) return candidate;
        }
        throw new InvalidOperationException("Run the benchmark from inside the repository (bench/ScoGraph.GraphQL.Benchmarks not found).");
    }
}
