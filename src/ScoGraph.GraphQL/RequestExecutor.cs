using System.Globalization;
using ScoGraph.GraphQL.Analysis;
using ScoGraph.GraphQL.Diagnostics;
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
/// Every error the engine reports carries an <c>extensions.code</c> (<see cref="ErrorCodes"/>,
/// <see cref="QueryLimitCodes"/>); exceptions resolvers throw are masked unless an <see cref="IErrorFilter"/> claims
/// them (<see cref="RequestExecutorOptions.MaskUnexpectedErrors"/>). Diagnostic listeners
/// (<see cref="RequestExecutorOptions.DiagnosticEventListeners"/>) are told of each step; with none, no event is raised.
/// </summary>
public sealed class RequestExecutor
{
    /// <summary>The <c>extensions.code</c> of the error reported when an execution runs past its time limit.</summary>
    public const string ExecutionTimeoutCode = ErrorCodes.ExecutionTimeout;

    private readonly IReadOnlyList<IValidationRule> _rules;
    private readonly DocumentCache _documents;
    private readonly SchemaTypeInfo _typeInfo;
    private readonly IExecutionDiagnosticEventListener? _diagnostics;

    public RequestExecutor(Schema schema, RequestExecutorOptions? options = null)
    {
        Schema = schema ?? throw new ArgumentNullException(nameof(schema));
        Options = options ?? new RequestExecutorOptions();
        _rules = Options.ExtraValidationRules.Count == 0 ? SpecifiedRules.All : [.. SpecifiedRules.All, .. Options.ExtraValidationRules];
        _documents = new DocumentCache(Options.DocumentCacheSize, Options.DocumentCacheMaxTextLength);
        _typeInfo = new SchemaTypeInfo(schema);
        _diagnostics = AggregateDiagnosticEventListener.Of(Options.DiagnosticEventListeners);
    }

    public Schema Schema { get; }

    public RequestExecutorOptions Options { get; }

    /// <summary>Checks the text's size and parses it (or finds it parsed); the rest happens in <see cref="ExecuteAsync(PreparedRequest, IServiceProvider?, CancellationToken)"/>.</summary>
    public PreparedRequest Prepare(GraphQLRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var text = request.Query ?? "";
        var diagnostics = _diagnostics is null ? null : new RequestDiagnosticContext(request);
        // A text in the cache has passed the size checks already (the limits never change).
        if (_documents.TryGet(text, out var known)) return new PreparedRequest(request, known, null, diagnostics);
        if (QueryLimitChecker.CheckText(text, Options.Limits) is { } tooBig) return new PreparedRequest(request, null, tooBig, diagnostics);
        if (diagnostics is null) return new PreparedRequest(request, _documents.GetOrAdd(text, Parse), null, null);
        CachedDocument parsed;
        using (_diagnostics!.ParseDocument(diagnostics)) parsed = _documents.GetOrAdd(text, Parse);
        return new PreparedRequest(request, parsed, null, diagnostics);
    }

    public Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, IServiceProvider? services = null, CancellationToken ct = default) =>
        ExecuteAsync(Prepare(request), services, ct);

    /// <summary>
    /// Checks the limits, validates and executes. The cost the limits measured is added to the result's extensions
    /// when the request's <c>extensions.cost</c> is <c>true</c> or <c>"report"</c>.
    /// </summary>
    public Task<ExecutionResult> ExecuteAsync(PreparedRequest prepared, IServiceProvider? services = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        // Without listeners no scope, no context and no extra state machine: the common path costs nothing more.
        return prepared.DiagnosticContext is { } diagnostics && _diagnostics is not null
            ? ExecuteObservedAsync(prepared, diagnostics, services, ct)
            : ExecuteCoreAsync(prepared, null, services, ct);
    }

    private async Task<ExecutionResult> ExecuteObservedAsync(PreparedRequest prepared, RequestDiagnosticContext diagnostics, IServiceProvider? services, CancellationToken ct)
    {
        diagnostics.Services = services;
        using (_diagnostics!.ExecuteRequest(diagnostics))
        {
            var result = await ExecuteCoreAsync(prepared, diagnostics, services, ct);
            diagnostics.Result = result;
            if (!result.HasData && result.Errors is { Count: > 0 } errors) _diagnostics.RequestErrors(diagnostics, errors);
            return result;
        }
    }

    private async Task<ExecutionResult> ExecuteCoreAsync(PreparedRequest prepared, RequestDiagnosticContext? diagnostics, IServiceProvider? services, CancellationToken ct)
    {
        if (prepared.Error is { } refused) return ExecutionResult.FromErrors([refused]);
        var cached = prepared.Cached!;
        var document = cached.Document!;
        var request = prepared.Request;

        var wantsCost = WantsCost(request.Extensions);
        var analysis = cached.FixedAnalysis;
        if (analysis is null && (wantsCost || MeasuresAnything))
        {
            using (diagnostics is null ? null : _diagnostics!.AnalyzeOperation(diagnostics))
            {
                analysis = QueryAnalyzer.Analyze(document, request.OperationName, request.Variables, _typeInfo, Options.Limits);
            }
        }
        if (analysis is not null && QueryLimitChecker.Check(analysis, Options.Limits, Options.AllowIntrospection) is { } overLimit)
        {
            return ExecutionResult.FromErrors([overLimit]);
        }

        var validationErrors = cached.ValidationErrors ??= Validate(document, diagnostics);
        if (validationErrors.Count > 0) return ExecutionResult.FromErrors(validationErrors);
        if (prepared.OperationType == OperationType.Subscription)
        {
            return ExecutionResult.FromErrors([ErrorCodes.WithDefault(
                new GraphQLError("Subscription operations are not supported by this server; use a query or a mutation."), ErrorCodes.OperationNotSupported)]);
        }

        object? rootValue;
        try
        {
            rootValue = Options.RootValueFactory?.Invoke(request, services);
        }
        catch (Exception error)
        {
            var message = Options.MaskUnexpectedErrors ? ErrorCodes.UnexpectedErrorMessage : $"Could not create the root value: {error.Message}";
            return ExecutionResult.FromErrors([Unexpected(message, request)]);
        }

        var limit = Options.MaxExecutionTime is { } time && time > TimeSpan.Zero ? time : (TimeSpan?)null;
        using var timeout = limit is null ? null : CancellationTokenSource.CreateLinkedTokenSource(ct);
        if (limit is { } stopAfter) timeout!.CancelAfter(stopAfter);
        ExecutionResult result;
        try
        {
            var args = new ExecutionArgs(Schema, document, request.OperationName, request.Variables, rootValue, services, timeout?.Token ?? ct)
            {
                DiagnosticEvents = _diagnostics,
                DiagnosticContext = diagnostics,
                ErrorFilters = Options.ErrorFilters,
                MaskUnexpectedErrors = Options.MaskUnexpectedErrors,
                AddErrorCodes = true,
                RequestId = request.RequestId,
            };
            using (diagnostics is null ? null : _diagnostics!.ExecuteOperation(diagnostics))
            {
                result = await Executor.ExecuteAsync(args);
            }
        }
        catch (OperationCanceledException) when (timeout is { IsCancellationRequested: true } && !ct.IsCancellationRequested)
        {
            return ExecutionResult.FromErrors([new GraphQLError(
                $"The operation did not finish within the execution timeout of {limit!.Value.TotalMilliseconds.ToString("0.###", CultureInfo.InvariantCulture)} ms.",
                Extensions: new Dictionary<string, object?> { ["code"] = ExecutionTimeoutCode })]);
        }
        if (result.Errors is { Count: > 0 }) result = WithCodes(result);
        return wantsCost && analysis is not null ? WithCost(result, analysis) : result;
    }

    /// <summary>
    /// Field errors the engine made itself (a null in a non-null field, a value its type cannot serialize) are the
    /// server's fault; errors resolvers raise without a code are too. Request errors already carry theirs.
    /// </summary>
    private static ExecutionResult WithCodes(ExecutionResult result)
    {
        var errors = result.Errors!;
        List<GraphQLError>? coded = null;
        for (var i = 0; i < errors.Count; i++)
        {
            if (ErrorCodes.Of(errors[i]) is not null) continue;
            coded ??= [.. errors];
            coded[i] = ErrorCodes.WithDefault(errors[i], ErrorCodes.InternalServerError);
        }
        return coded is null ? result : result with { Errors = coded };
    }

    private static GraphQLError Unexpected(string message, GraphQLRequest request) =>
        new(message, Extensions: request.RequestId is null
            ? new Dictionary<string, object?> { ["code"] = ErrorCodes.InternalServerError }
            : new Dictionary<string, object?> { ["code"] = ErrorCodes.InternalServerError, ["requestId"] = request.RequestId });

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
            return new CachedDocument(null, ErrorCodes.WithDefault(syntax.Error, ErrorCodes.ParseFailed), null);
        }
        catch (Exception unexpected) when (unexpected is not OutOfMemoryException)
        {
            // A parser bug must still answer as an error, never as a crashed request.
            return new CachedDocument(null, ErrorCodes.WithDefault(new GraphQLError($"Syntax Error: {unexpected.Message}"), ErrorCodes.ParseFailed), null);
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

    private IReadOnlyList<GraphQLError> Validate(DocumentNode document, RequestDiagnosticContext? diagnostics)
    {
        using var scope = diagnostics is null ? null : _diagnostics!.ValidateDocument(diagnostics);
        IReadOnlyList<GraphQLError> errors;
        try
        {
            errors = DocumentValidator.Validate(Schema, document, _rules);
        }
        catch (Exception unexpected)
        {
            return [ErrorCodes.WithDefault(new GraphQLError($"Validation failed unexpectedly: {unexpected.GetType().Name}."), ErrorCodes.InternalServerError)];
        }
        if (errors.Count == 0) return errors;
        var coded = new GraphQLError[errors.Count];
        for (var i = 0; i < coded.Length; i++) coded[i] = ErrorCodes.WithDefault(errors[i], ErrorCodes.ValidationFailed);
        return coded;
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
