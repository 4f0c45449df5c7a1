using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using ScoGraph.GraphQL.Execution;
using ScoGraph.GraphQL.Language;
using ScoGraph.GraphQL.Language.Ast;
using ScoGraph.GraphQL.Tests.Support;
using ScoGraph.GraphQL.Types;
using ScoGraph.GraphQL.Utilities;
using ScoGraph.GraphQL.Validation;
using Xunit.Abstractions;

namespace ScoGraph.GraphQL.Tests.Differential;

/// <summary>
/// Our engine against graphql-js (the oracle script in tests/tools/oracle) on the whole corpus: for every document,
/// the same parse outcome, the same validation errors (message and locations, as a set), and for valid documents
/// the same execution result over the same canned data, and the same response from the whole request path
/// (<see cref="RequestExecutor"/> vs graphql-js's <c>graphql()</c>); per schema, the same printed SDL and introspection JSON.
/// </summary>
public class GraphQLJsDifferentialSpecs(ITestOutputHelper output)
{
    private static readonly ConcurrentDictionary<string, Schema> BuiltSchemas = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, RequestExecutor> RequestExecutors = new(StringComparer.Ordinal);

    public static TheoryData<string> CaseIds()
    {
        var data = new TheoryData<string>();
        foreach (var testCase in DifferentialCorpus.Cases)
        {
            data.Add(testCase.Id);
        }
        return data;
    }

    public static TheoryData<string> SchemaNames()
    {
        var data = new TheoryData<string>();
        foreach (var name in DifferentialCorpus.Schemas.Keys)
        {
            data.Add(name);
        }
        return data;
    }

    [Fact]
    public void The_corpus_has_at_least_300_documents_over_at_least_two_schemas()
    {
        Assert.True(DifferentialCorpus.Cases.Count >= 300, $"only {DifferentialCorpus.Cases.Count} cases");
        Assert.True(DifferentialCorpus.Schemas.Count >= 2);
        Assert.All(DifferentialCorpus.Schemas.Keys, name =>
            Assert.Contains(DifferentialCorpus.Cases, c => c.Schema == name));
    }

    [Fact]
    public void The_oracle_is_graphql_js_16()
    {
        Assert.StartsWith("16.", GraphQLJsOracle.Output.GraphQLVersion);
        Assert.Equal(DifferentialCorpus.Cases.Count, GraphQLJsOracle.Output.Cases.Count);
    }

    [Theory]
    [MemberData(nameof(CaseIds))]
    public async Task The_engine_answers_like_graphql_js(string caseId)
    {
        var (mismatch, _) = await CompareCase(DifferentialCorpus.CasesById[caseId]);
        Assert.True(mismatch is null, mismatch);
    }

    [Theory]
    [MemberData(nameof(SchemaNames))]
    public void The_printed_schema_matches_printSchema(string schemaName)
    {
        var expected = GraphQLJsOracle.Output.Schema(schemaName);
        Assert.False(expected.TryGetProperty("buildError", out var buildError), buildError.ToString());
        Assert.Equal(expected.GetProperty("printSchema").GetString(), SchemaPrinter.Print(SchemaFor(schemaName)));
    }

    [Theory]
    [MemberData(nameof(SchemaNames))]
    public async Task The_standard_introspection_query_returns_the_same_json(string schemaName)
    {
        var expected = GraphQLJsOracle.Output.Schema(schemaName).GetProperty("introspection");
        var ourQuery = IntrospectionQuery.Text; // a variable, so graphql-js's text stays the expected side
        Assert.Equal(expected.GetProperty("query").GetString(), ourQuery);
        var actual = await Execute(SchemaFor(schemaName), ourQuery);
        AssertSameJson(expected.GetProperty("result"), actual);
    }

    [Theory]
    [MemberData(nameof(SchemaNames))]
    public async Task The_full_introspection_query_returns_the_same_json(string schemaName)
    {
        var expected = GraphQLJsOracle.Output.Schema(schemaName).GetProperty("introspectionFull");
        var ourQuery = IntrospectionQuery.Full;
        Assert.Equal(expected.GetProperty("query").GetString(), ourQuery);
        var actual = await Execute(SchemaFor(schemaName), ourQuery);
        AssertSameJson(expected.GetProperty("result"), actual);
    }

    /// <summary>
    /// Runs every case in one go and prints the pass rate (and writes all mismatches to
    /// <c>$TMPDIR/scograph-differential-report.txt</c>), so one run shows the overall agreement at a glance.
    /// </summary>
    [Fact]
    public async Task Pass_rate_over_the_whole_corpus_is_reported()
    {
        var failures = new List<string>();
        var stages = new Dictionary<Stage, int>();
        var reordered = 0;
        foreach (var testCase in DifferentialCorpus.Cases)
        {
            var (mismatch, stage) = await CompareCase(testCase);
            stages[stage] = stages.GetValueOrDefault(stage) + 1;
            if (mismatch is not null)
            {
                failures.Add(mismatch);
            }
            else if (stage == Stage.ValidationErrors && ValidationOrderDiffers(testCase))
            {
                reordered++;
            }
        }
        var total = DifferentialCorpus.Cases.Count;
        var passed = total - failures.Count;
        var line = $"graphql-js differential: {passed}/{total} cases agree ({100.0 * passed / total:F1}%); " +
                   $"{DifferentialCorpus.HandWrittenCount} hand-written, {total - DifferentialCorpus.HandWrittenCount} generated; " +
                   $"decided at: {string.Join(", ", stages.OrderBy(s => s.Key).Select(s => $"{s.Key} {s.Value}"))}; " +
                   $"same validation errors in another order (allowed, informational): {reordered}";
        output.WriteLine(line); // shown with: dotnet test --logger "console;verbosity=detailed"
        File.WriteAllText(Path.Combine(Path.GetTempPath(), "scograph-differential-report.txt"),
            line + "\n\n" + string.Join("\n\n", failures));
        Assert.True(failures.Count == 0, line + "\n\n" + string.Join("\n\n", failures.Take(20)));
    }

    /// <summary>Whether our validation errors, equal as a set, come in a different order than graphql-js's.</summary>
    private static bool ValidationOrderDiffers(DifferentialCase testCase)
    {
        var expected = GraphQLJsOracle.Output.Cases[testCase.Id].GetProperty("validation");
        var ours = DocumentValidator.Validate(SchemaFor(testCase.Schema), Parser.Parse(testCase.Document));
        var expectedOrder = expected.EnumerateArray().Select(e => JsonCanonical.Of(e)).ToList();
        var ourOrder = ours.Select(e => ErrorSet([e])).ToList();
        return !expectedOrder.SequenceEqual(ourOrder);
    }

    /// <summary>How far graphql-js took a case: it failed to parse, failed validation, or was executed.</summary>
    private enum Stage { SyntaxError, ValidationErrors, Executed }

    /// <summary>Mismatch is null when our engine agrees with graphql-js on the case, else a description of the first difference.</summary>
    private static async Task<(string? Mismatch, Stage Stage)> CompareCase(DifferentialCase testCase)
    {
        var expected = GraphQLJsOracle.Output.Cases[testCase.Id];
        var stage = !expected.GetProperty("parse").GetProperty("ok").GetBoolean() ? Stage.SyntaxError
            : expected.GetProperty("validation").GetArrayLength() > 0 ? Stage.ValidationErrors
            : Stage.Executed;
        return (await FindMismatch(testCase, expected), stage);
    }

    private static async Task<string?> FindMismatch(DifferentialCase testCase, JsonElement expected) =>
        await FindEngineMismatch(testCase, expected) ?? await FindResponseMismatch(testCase, expected);

    /// <summary>
    /// The whole request path (<see cref="RequestExecutor"/>, what the HTTP layer calls) against graphql-js's
    /// <c>graphql()</c>: parse and validation errors come back as a result without data, like graphql-js's.
    /// </summary>
    private static async Task<string?> FindResponseMismatch(DifferentialCase testCase, JsonElement expected)
    {
        if (!expected.TryGetProperty("response", out var expectedResponse))
        {
            return null; // the schema did not build in graphql-js; the schema theories report that
        }
        // Our server deliberately refuses subscriptions (no event stream over plain HTTP), while graphql-js's
        // graphql() runs one once like a query; the engine-level comparison above still covers those documents.
        if (IsSubscription(testCase))
        {
            return null;
        }
        var executor = RequestExecutors.GetOrAdd(testCase.Schema, name => new RequestExecutor(SchemaFor(name), new RequestExecutorOptions
        {
            RootValueFactory = (_, _) => RootValue(name),
            MaskUnexpectedErrors = false, // graphql-js shows resolvers' own messages
        }));
        var result = await executor.ExecuteAsync(new GraphQLRequest(testCase.Document, testCase.OperationName, Variables(testCase.VariablesJson)));
        return CompareResults(expectedResponse, WithoutCodes(ResultJson.Text(result))) is { } difference
            ? $"[{testCase.Id}]\n{testCase.Document}\nthrough RequestExecutor vs graphql(): {difference}"
            : null;
    }

    /// <summary>Our errors' <c>extensions.code</c>, which graphql-js does not give, left out of the comparison.</summary>
    private static string WithoutCodes(string json)
    {
        var root = System.Text.Json.Nodes.JsonNode.Parse(json)!.AsObject();
        if (root["errors"] is not System.Text.Json.Nodes.JsonArray errors) return json;
        foreach (var error in errors)
        {
            if (error?["extensions"] is not System.Text.Json.Nodes.JsonObject extensions) continue;
            extensions.Remove("code");
            if (extensions.Count == 0) error.AsObject().Remove("extensions");
        }
        return root.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    private static bool IsSubscription(DifferentialCase testCase)
    {
        try
        {
            var document = Parser.Parse(testCase.Document);
            return Executor.TrySelectOperation(document, testCase.OperationName, out var operation, out _, out _)
                && operation.Operation == OperationType.Subscription;
        }
        catch (GraphQLSyntaxException)
        {
            return false;
        }
    }

    private static async Task<string?> FindEngineMismatch(DifferentialCase testCase, JsonElement expected)
    {
        var header = $"[{testCase.Id}]\n{testCase.Document}\n";

        // 1. Parse.
        DocumentNode document;
        var expectedParse = expected.GetProperty("parse");
        try
        {
            document = Parser.Parse(testCase.Document);
        }
        catch (GraphQLSyntaxException syntaxError)
        {
            if (expectedParse.GetProperty("ok").GetBoolean())
            {
                return header + $"we failed to parse ({syntaxError.Message}) but graphql-js parsed it";
            }
            var expectedErrors = ErrorSet(expectedParse.GetProperty("errors"));
            var actualErrors = ErrorSet([syntaxError.Error]);
            return expectedErrors == actualErrors ? null : header + $"parse error differs\n  graphql-js: {expectedErrors}\n  ours:       {actualErrors}";
        }
        if (!expectedParse.GetProperty("ok").GetBoolean())
        {
            return header + $"we parsed it but graphql-js failed: {expectedParse.GetProperty("errors")}";
        }
        var printed = Printer.Print(document);
        if (printed != expectedParse.GetProperty("printed").GetString())
        {
            return header + $"print differs\n  graphql-js: {expectedParse.GetProperty("printed").GetString()}\n  ours:       {printed}";
        }

        // 2. Validation, as a set of (message, locations).
        var schema = SchemaFor(testCase.Schema);
        var validationErrors = DocumentValidator.Validate(schema, document);
        var expectedValidation = ErrorSet(expected.GetProperty("validation"));
        var actualValidation = ErrorSet(validationErrors);
        if (expectedValidation != actualValidation)
        {
            return header + $"validation differs\n  graphql-js: {expectedValidation}\n  ours:       {actualValidation}";
        }
        if (validationErrors.Count > 0)
        {
            return null;
        }

        // 3. Execution over the canned data.
        if (!expected.TryGetProperty("execution", out var expectedExecution))
        {
            return header + $"graphql-js threw while executing: {expected.GetProperty("executionThrew")}";
        }
        var actualJson = await Execute(schema, testCase.Document, document, testCase.VariablesJson, testCase.OperationName, testCase.Schema);
        return CompareResults(expectedExecution, actualJson) is { } difference ? header + difference : null;
    }

    private static async Task<string> Execute(Schema schema, string source, DocumentNode? parsed = null,
        string? variablesJson = null, string? operationName = null, string? dataName = null)
    {
        var document = parsed ?? Parser.Parse(source);
        var rootValue = dataName is null ? null : RootValue(dataName);
        var result = await Executor.ExecuteAsync(new ExecutionArgs(schema, document, operationName, Variables(variablesJson), rootValue));
        return ResultJson.Text(result);
    }

    private static IReadOnlyDictionary<string, object?>? Variables(string? variablesJson)
    {
        if (variablesJson is null)
        {
            return null;
        }
        using var variablesDocument = JsonDocument.Parse(variablesJson);
        return JsonInput.ToDictionaryOrNull(variablesDocument.RootElement);
    }

    /// <summary>The canned data as the plain shapes the default resolvers read (a fresh copy per execution).</summary>
    private static object? RootValue(string dataName)
    {
        using var dataDocument = JsonDocument.Parse(DifferentialCorpus.Data[dataName]);
        return JsonInput.ToObject(dataDocument.RootElement);
    }

    /// <summary>Data must match exactly (key order included); errors as a set, since their order follows resolution order.</summary>
    private static string? CompareResults(JsonElement expected, string actualJson)
    {
        using var actualDocument = JsonDocument.Parse(actualJson);
        var actual = actualDocument.RootElement;

        var expectedData = expected.TryGetProperty("data", out var ed) ? JsonCanonical.Of(ed) : "<absent>";
        var actualData = actual.TryGetProperty("data", out var ad) ? JsonCanonical.Of(ad) : "<absent>";
        var expectedErrors = expected.TryGetProperty("errors", out var ee) ? CanonicalSet(ee) : "<none>";
        var actualErrors = actual.TryGetProperty("errors", out var ae) ? CanonicalSet(ae) : "<none>";

        if (expectedData != actualData)
        {
            return $"execution data differs\n  graphql-js: {expectedData}\n  ours:       {actualData}\n  graphql-js errors: {expectedErrors}\n  our errors:        {actualErrors}";
        }
        if (expectedErrors != actualErrors)
        {
            return $"execution errors differ\n  graphql-js: {expectedErrors}\n  ours:       {actualErrors}";
        }
        return null;
    }

    private static void AssertSameJson(JsonElement expected, string actualJson)
    {
        var expectedText = JsonCanonical.Of(expected);
        var actualText = JsonCanonical.Of(actualJson);
        if (expectedText == actualText)
        {
            return;
        }
        var index = 0;
        while (index < expectedText.Length && index < actualText.Length && expectedText[index] == actualText[index])
        {
            index++;
        }
        var from = Math.Max(0, index - 200);
        Assert.Fail($"JSON differs at character {index}:\n  graphql-js: ...{Slice(expectedText, from)}\n  ours:       ...{Slice(actualText, from)}");

        static string Slice(string text, int from) => text.Substring(from, Math.Min(400, text.Length - from));
    }

    private static string ErrorSet(JsonElement errors) =>
        string.Join(" | ", errors.EnumerateArray().Select(e => JsonCanonical.Of(e)).Order(StringComparer.Ordinal));

    private static string ErrorSet(IEnumerable<GraphQLError> errors) =>
        string.Join(" | ", errors.Select(e =>
        {
            using var stream = new MemoryStream();
            using (var writer = new Utf8JsonWriter(stream))
            {
                writer.WriteStartObject();
                writer.WriteString("message", e.Message);
                if (e.Locations is { Count: > 0 } locations)
                {
                    writer.WriteStartArray("locations");
                    foreach (var location in locations)
                    {
                        writer.WriteStartObject();
                        writer.WriteNumber("line", location.Line);
                        writer.WriteNumber("column", location.Column);
                        writer.WriteEndObject();
                    }
                    writer.WriteEndArray();
                }
                writer.WriteEndObject();
            }
            return JsonCanonical.Of(Encoding.UTF8.GetString(stream.ToArray()));
        }).Order(StringComparer.Ordinal));

    private static string CanonicalSet(JsonElement array) =>
        string.Join(" | ", array.EnumerateArray().Select(e => JsonCanonical.Of(e)).Order(StringComparer.Ordinal));

    private static Schema SchemaFor(string name) =>
        BuiltSchemas.GetOrAdd(name, n => SchemaBuilder.FromSdl(DifferentialCorpus.Schemas[n]).Build());
}
