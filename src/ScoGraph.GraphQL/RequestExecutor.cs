using System.Globalization;
using ScoGraph.GraphQL.Analysis;
using ScoGraph.GraphQL.Execution;
using ScoGraph.GraphQL.Language;
using ScoGraph.GraphQL.Language.Ast;
using ScoGraph.GraphQL.Types;
using ScoGraph.GraphQL.Validation;

namespace ScoGraph.GraphQL;

/// <summary>
/// What a transport calls for each request. Order of work, cheapest refusal first and no resolver running before
/// every check passed: the text's length and tokens, parse (cached by text), the limits measured with the request's
/// variables, validation (cached with the document; spec rules plus
/// <see cref="RequestExecutorOptions.ExtraValidationRules"/>), then execution under the time limit. The limits run
/// before validation on purpose: some validation rules are quadratic on hostile documents. Every refusal comes back
/// as a result without data; nothing a client sends makes it throw, except cancellation by the caller's token.
/// </summary>
public sealed class RequestExecutor
{
    /// <summary>The <c>extensions.code</c> of the error reported when an execution runs past its time limit.</summary>
    public const string ExecutionTimeoutCode = "EXECUTION_TIMEOUT";

    private readonly IReadOnlyList<IValidationRule> _rules;
    private readonly DocumentCache _documents;
    private readonly SchemaTypeInfo _typeInfo;

    public RequestExecutor(Schema schema, RequestExecutorOptions? options = null)
    {
        Schema = schema ?? throw new ArgumentNullException(nameof(schema));
        Options = options ?? new RequestExecutorOptions();
        _rules = Options.ExtraValidationRules.Count == 0 ? SpecifiedRules.All : [.. SpecifiedRules.All, .. Options.ExtraValidationRules];
        _documents = new DocumentCache(Options.DocumentCacheSize, Options.DocumentCacheMaxTextLength);
        _typeInfo = new SchemaTypeInfo(schema);
    }

    public Schema Schema { get; }

    public RequestExecutorOptions Options { get; }

    /// <summary>Checks the text's size and parses it (or finds it parsed); the rest happens in <see cref="ExecuteAsync(PreparedRequest, IServiceProvider?, CancellationToken)"/>.</summary>
    public PreparedRequest Prepare(GraphQLRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var text = request.Query ?? "";
        // A text in the cache has passed the size checks already (the limits never change).
        if (_documents.TryGet(text, out var known)) return new PreparedRequest(request, known, null);
        if (QueryLimitChecker.CheckText(text, Options.Limits) is { } tooBig) return new PreparedRequest(request, null, tooBig);
        return new PreparedRequest(request, _documents.GetOrAdd(text, Parse), null);
    }

    public Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, IServiceProvider? services = null, CancellationToken ct = default) =>
        ExecuteAsync(Prepare(request), services, ct);

    /// <summary>
    /// Checks the limits, validates and executes. The cost the limits measured is added to the result's extensions
    /// when the request's <c>extensions.cost</c> is <c>true</c> or <c>"report"</c>.
    /// </summary>
    public async Task<ExecutionResult> ExecuteAsync(PreparedRequest prepared, IServiceProvider? services = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        if (prepared.Error is { } refused) return ExecutionResult.FromErrors([refused]);
        var cached = prepared.Cached!;
        var document = cached.Document!;
        var request = prepared.Request;

        var wantsCost = WantsCost(request.Extensions);
        var analysis = cached.FixedAnalysis
            ?? (wantsCost || MeasuresAnything ? QueryAnalyzer.Analyze(document, request.OperationName, request.Variables, _typeInfo, Options.Limits) : null);
        if (analysis is not null && QueryLimitChecker.Check(analysis, Options.Limits, Options.AllowIntrospection) is { } overLimit)
        {
            return ExecutionResult.FromErrors([overLimit]);
        }

        var validationErrors = cached.ValidationErrors ??= Validate(document);
        if (validationErrors.Count > 0) return ExecutionResult.FromErrors(validationErrors);
        if (prepared.OperationType == OperationType.Subscription)
        {
            return ExecutionResult.FromErrors([new GraphQLError("Subscription operations are not supported by this server; use a query or a mutation.")]);
        }

        object? rootValue;
        try
        {
            rootValue = Options.RootValueFactory?.Invoke(request, services);
        }
        catch (Exception error)
        {
            return ExecutionResult.FromErrors([new GraphQLError($"Could not create the root value: {error.Message}")]);
        }

        var limit = Options.MaxExecutionTime is { } time && time > TimeSpan.Zero ? time : (TimeSpan?)null;
        using var timeout = limit is null ? null : CancellationTokenSource.CreateLinkedTokenSource(ct);
        if (limit is { } stopAfter) timeout!.CancelAfter(stopAfter);
        ExecutionResult result;
        try
        {
            result = await Executor.ExecuteAsync(new ExecutionArgs(Schema, document, request.OperationName, request.Variables, rootValue, services, timeout?.Token ?? ct));
        }
        catch (OperationCanceledException) when (timeout is { IsCancellationRequested: true } && !ct.IsCancellationRequested)
        {
            return ExecutionResult.FromErrors([new GraphQLError(
                $"The operation did not finish within the execution timeout of {limit!.Value.TotalMilliseconds.ToString("0.###", CultureInfo.InvariantCulture)} ms.",
                Extensions: new Dictionary<string, object?> { ["code"] = ExecutionTimeoutCode })]);
        }
        return wantsCost && analysis is not null ? WithCost(result, analysis) : result;
    }

    /// <summary>Whether any limit needs an analysis of documents that take variables.</summary>
    private bool MeasuresAnything
    {
        get
        {
            var limits = Options.Limits;
            return !Options.AllowIntrospection || limits.MaxDepth > 0 || limits.MaxAliases > 0 || limits.MaxRootFields > 0
                || limits.MaxDirectivesPerField > 0 || limits.MaxCost > 0;
        }
    }

    private CachedDocument Parse(string text)
    {
        DocumentNode document;
        try
        {
            document = Parser.Parse(text);
        }
        catch (GraphQLSyntaxException syntax)
        {
            return new CachedDocument(null, syntax.Error, null);
        }
        catch (Exception unexpected) when (unexpected is not OutOfMemoryException)
        {
            // A parser bug must still answer as an error, never as a crashed request.
            return new CachedDocument(null, new GraphQLError($"Syntax Error: {unexpected.Message}"), null);
        }
        return new CachedDocument(document, null, AnalyzeIfFixed(document));
    }

    /// <summary>Documents whose operations declare no variables measure the same every time: analyse them once.</summary>
    private QueryAnalysis? AnalyzeIfFixed(DocumentNode document)
    {
        if (!MeasuresAnything) return null; // nothing to check; a cost report measures on request
        var operations = document.Definitions.OfType<OperationDefinitionNode>().ToList();
        if (operations.Count != 1 || operations[0].VariableDefinitions.Count > 0) return null;
        return QueryAnalyzer.Analyze(document, null, null, _typeInfo, Options.Limits);
    }

    private IReadOnlyList<GraphQLError> Validate(DocumentNode document)
    {
        try
        {
            return DocumentValidator.Validate(Schema, document, _rules);
        }
        catch (Exception unexpected)
        {
            return [new GraphQLError($"Validation failed unexpectedly: {unexpected.Message}")];
        }
    }

    private static bool WantsCost(IReadOnlyDictionary<string, object?>? extensions) =>
        extensions?.GetValueOrDefault("cost") is true or "report";

    private ExecutionResult WithCost(ExecutionResult result, QueryAnalysis analysis)
    {
        var limits = Options.Limits;
        var extensions = result.Extensions is null
            ? new Dictionary<string, object?>()
            : new Dictionary<string, object?>(result.Extensions);
        extensions["cost"] = new Dictionary<string, object?>
        {
            ["fieldCost"] = analysis.Cost,
            ["maxFieldCost"] = limits.MaxCost,
            ["depth"] = analysis.Depth,
            ["maxDepth"] = limits.MaxDepth,
            ["aliases"] = analysis.Aliases,
            ["rootFields"] = analysis.RootFields,
        };
        return result with { Extensions = extensions };
    }
}
