using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using ScoGraph.GraphQL.Analysis;
using ScoGraph.GraphQL.Execution;
using ScoGraph.GraphQL.Language.Ast;
using ScoGraph.GraphQL.Types;
using ScoGraph.GraphQL.Validation;

namespace ScoGraph.GraphQL.AspNetCore;

/// <summary>
/// The transport-independent half of the endpoint: turns one operation of an HTTP request into a result.
/// Order of work (cheapest refusal first, nothing runs a resolver before every check passed): resolve a persisted
/// operation id, check the text's length and tokens, parse (cached), refuse mutations over GET, measure and check
/// the limits, validate (cached per document), then execute with <see cref="Executor"/> under the execution timeout.
/// The limits run before validation on purpose: some validation rules are quadratic on hostile documents.
/// </summary>
public sealed class GraphQLServer
{
    private readonly DocumentCache _documents = new();
    private readonly IAnalysisTypeInfo _typeInfo;
    private readonly Lazy<string> _sdl;
    private readonly ILogger _logger;

    public GraphQLServer(Schema schema, GraphQLServerOptions options, ILogger<GraphQLServer> logger)
    {
        Schema = schema;
        Options = options;
        _logger = logger;
        _typeInfo = new SchemaTypeInfo(schema);
        _sdl = new Lazy<string>(() => SchemaSdl.Print(schema));
        PersistedOperations = string.IsNullOrWhiteSpace(options.PersistedOperationsDirectory)
            ? PersistedOperationStore.Empty
            : PersistedOperationStore.Load(Path.GetFullPath(options.PersistedOperationsDirectory, AppContext.BaseDirectory));
    }

    public Schema Schema { get; }

    public GraphQLServerOptions Options { get; }

    public PersistedOperationStore PersistedOperations { get; }

    /// <summary>The schema as SDL (what <c>GET {path}?sdl</c> serves).</summary>
    public string Sdl => _sdl.Value;

    /// <summary>
    /// Runs one operation. <paramref name="viaGet"/> refuses anything but queries (405); <paramref name="reportCost"/>
    /// adds the measured cost to the result's extensions. Returns null when the client went away.
    /// </summary>
    public async Task<GraphQLOperationOutcome?> ExecuteAsync(
        HttpOperationRequest operation,
        bool viaGet,
        bool reportCost,
        IServiceProvider? services,
        CancellationToken requestAborted)
    {
        var text = ResolveDocument(operation, out var documentError);
        if (text is null) return ExecutionResult.FromErrors([documentError!]);

        var limits = Options.Limits;
        if (QueryLimitChecker.CheckText(text, limits) is { } tooBig) return ExecutionResult.FromErrors([tooBig]);

        var cached = _documents.GetOrParse(text, AnalyzeIfFixed);
        if (cached.SyntaxError is { } syntaxError) return ExecutionResult.FromErrors([syntaxError]);
        var document = cached.Document!;

        if (viaGet && cached.OperationTypeOf(operation.OperationName) is { } type && type != OperationType.Query)
        {
            return new HttpRefusal(StatusCodes.Status405MethodNotAllowed, GraphQLHttpErrorCodes.Error(
                $"A {type.ToString().ToLowerInvariant()} cannot be sent with GET; send it with POST.",
                GraphQLHttpErrorCodes.MethodNotAllowed), Allow: "POST");
        }

        var analysis = cached.FixedAnalysis
            ?? QueryAnalyzer.Analyze(document, operation.OperationName, operation.Variables, _typeInfo, limits);
        if (QueryLimitChecker.Check(analysis, limits, Options.EnableIntrospection) is { } refused)
        {
            return ExecutionResult.FromErrors([refused]);
        }

        var validationErrors = cached.ValidationErrors ??= DocumentValidator.Validate(Schema, document);
        if (validationErrors.Count > 0) return ExecutionResult.FromErrors(validationErrors);

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(requestAborted);
        if (Options.ExecutionTimeout > TimeSpan.Zero) timeout.CancelAfter(Options.ExecutionTimeout);
        ExecutionResult result;
        try
        {
            result = await Executor.ExecuteAsync(new ExecutionArgs(
                Schema, document, operation.OperationName, operation.Variables, Services: services, CancellationToken: timeout.Token));
        }
        catch (OperationCanceledException) when (requestAborted.IsCancellationRequested)
        {
            return null;
        }
        catch (OperationCanceledException)
        {
            return TimedOut();
        }
        catch (Exception e)
        {
            // The engine reports field errors in the result; anything escaping it is a bug. Log it, tell the
            // client only that it happened (never a stack trace).
            _logger.LogError(e, "Unexpected error while executing a GraphQL request");
            return new HttpRefusal(StatusCodes.Status500InternalServerError, GraphQLHttpErrorCodes.Error(
                "An unexpected error occurred while executing the request.", GraphQLHttpErrorCodes.InternalError));
        }
        if (requestAborted.IsCancellationRequested) return null;

        return reportCost || WantsCost(operation.Extensions) ? WithCost(result, analysis) : result;
    }

    private HttpRefusal TimedOut() => new(StatusCodes.Status503ServiceUnavailable, GraphQLHttpErrorCodes.Error(
        $"The operation did not finish within the execution timeout of {Options.ExecutionTimeout.TotalSeconds:0.###} seconds.",
        GraphQLHttpErrorCodes.ExecutionTimeout));

    /// <summary>The document text to run, from the persisted store or the request itself.</summary>
    private string? ResolveDocument(HttpOperationRequest operation, out GraphQLError? error)
    {
        error = null;
        if (operation.DocumentId is { } id)
        {
            if (PersistedOperations.TryGet(id, out var stored)) return stored;
            if (operation.Query is not null && !Options.OnlyPersistedOperations) return operation.Query;
            error = GraphQLHttpErrorCodes.Error(
                $"No persisted operation has the id \"{id}\".", GraphQLHttpErrorCodes.PersistedOperationNotFound);
            return null;
        }
        if (Options.OnlyPersistedOperations)
        {
            error = GraphQLHttpErrorCodes.Error(
                "This server runs only persisted operations; send the operation's \"id\" instead of its text.",
                GraphQLHttpErrorCodes.PersistedOperationRequired);
            return null;
        }
        return operation.Query;
    }

    /// <summary>Documents whose operations declare no variables measure the same every time: analyse them once.</summary>
    private QueryAnalysis? AnalyzeIfFixed(DocumentNode document)
    {
        var operations = document.Definitions.OfType<OperationDefinitionNode>().ToList();
        if (operations.Count != 1 || operations[0].VariableDefinitions.Count > 0) return null;
        return QueryAnalyzer.Analyze(document, null, null, _typeInfo, Options.Limits);
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
