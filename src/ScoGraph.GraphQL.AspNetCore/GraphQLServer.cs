using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using ScoGraph.GraphQL.Diagnostics;
using ScoGraph.GraphQL.Execution;
using ScoGraph.GraphQL.Language.Ast;
using ScoGraph.GraphQL.Types;

namespace ScoGraph.GraphQL.AspNetCore;

/// <summary>
/// The transport-independent half of the endpoint: turns one operation of an HTTP request into a result. It resolves
/// a persisted operation id, then hands the document to the engine's <see cref="RequestExecutor"/> (size limits,
/// cached parse, limits, cached validation, execution under the timeout), stepping in only where HTTP has its own
/// answer: a mutation sent with GET (405), a timeout (503), a client that went away (no answer at all).
/// </summary>
public sealed class GraphQLServer
{
    private readonly RequestExecutor _executor;
    private readonly Lazy<string> _sdl;
    private readonly ILogger _logger;

    /// <param name="listeners">The host's diagnostic listeners (after the server's own, which logs resolver failures).</param>
    /// <param name="errorFilters">Turn exceptions the host expects into coded errors; the rest reach clients masked.</param>
    public GraphQLServer(Schema schema, GraphQLServerOptions options, ILogger<GraphQLServer> logger,
        IEnumerable<IExecutionDiagnosticEventListener>? listeners = null, IEnumerable<IErrorFilter>? errorFilters = null)
    {
        Options = options;
        _logger = logger;
        _executor = new RequestExecutor(schema, new RequestExecutorOptions
        {
            Limits = options.Limits,
            AllowIntrospection = options.EnableIntrospection,
            MaxExecutionTime = options.ExecutionTimeout,
            DiagnosticEventListeners = [new GraphQLErrorLogger(logger), .. listeners ?? []],
            ErrorFilters = [.. errorFilters ?? []],
        });
        _sdl = new Lazy<string>(() => SchemaSdl.Print(schema));
        PersistedOperations = string.IsNullOrWhiteSpace(options.PersistedOperationsDirectory)
            ? PersistedOperationStore.Empty
            : PersistedOperationStore.Load(Path.GetFullPath(options.PersistedOperationsDirectory, AppContext.BaseDirectory));
    }

    public Schema Schema => _executor.Schema;

    public GraphQLServerOptions Options { get; }

    public PersistedOperationStore PersistedOperations { get; }

    /// <summary>The schema as SDL (what <c>GET {path}?sdl</c> serves).</summary>
    public string Sdl => _sdl.Value;

    /// <summary>
    /// Runs one operation. <paramref name="viaGet"/> refuses anything but queries (405); <paramref name="reportCost"/>
    /// adds the measured cost to the result's extensions; <paramref name="requestId"/> goes into masked errors and the
    /// log. Returns null when the client went away. The operation's name and type are recorded in
    /// <paramref name="feature"/> when given.
    /// </summary>
    public async Task<GraphQLOperationOutcome?> ExecuteAsync(
        HttpOperationRequest operation,
        bool viaGet,
        bool reportCost,
        IServiceProvider? services,
        CancellationToken requestAborted,
        string? requestId = null,
        GraphQLRequestFeature? feature = null)
    {
        var text = ResolveDocument(operation, out var documentError);
        if (text is null)
        {
            feature?.OperationSelected(operation.OperationName, null);
            return ExecutionResult.FromErrors([documentError!]);
        }

        var prepared = _executor.Prepare(new GraphQLRequest(text, operation.OperationName, operation.Variables,
            reportCost ? WithCostRequested(operation.Extensions) : operation.Extensions) { RequestId = requestId });
        feature?.OperationSelected(operation.OperationName ?? OnlyOperationName(prepared), prepared.OperationType);
        if (viaGet && prepared.OperationType is { } type && type != OperationType.Query)
        {
            return new HttpRefusal(StatusCodes.Status405MethodNotAllowed, GraphQLHttpErrorCodes.Error(
                $"A {type.ToString().ToLowerInvariant()} cannot be sent with GET; send it with POST.",
                GraphQLHttpErrorCodes.MethodNotAllowed), Allow: "POST");
        }

        ExecutionResult result;
        try
        {
            result = await _executor.ExecuteAsync(prepared, services, requestAborted);
        }
        catch (OperationCanceledException) when (requestAborted.IsCancellationRequested)
        {
            return null;
        }
        catch (Exception e)
        {
            // The engine reports field errors in the result; anything escaping it is a bug. Log it, tell the
            // client only that it happened (never a stack trace).
            _logger.LogError(e, "Unexpected error while executing GraphQL request {RequestId}, operation {OperationName}",
                requestId, operation.OperationName ?? "(anonymous)");
            return new HttpRefusal(StatusCodes.Status500InternalServerError, GraphQLHttpErrorCodes.Unexpected(requestId));
        }
        if (requestAborted.IsCancellationRequested) return null;

        return result is { HasData: false, Errors: [var only] } && only.Extensions?.GetValueOrDefault("code") is RequestExecutor.ExecutionTimeoutCode
            ? new HttpRefusal(StatusCodes.Status503ServiceUnavailable, only)
            : result;
    }

    /// <summary>The name of a document's only operation (a request needs no operationName then), or null.</summary>
    private static string? OnlyOperationName(PreparedRequest prepared)
    {
        if (prepared.Document is not { } document) return null;
        OperationDefinitionNode? only = null;
        foreach (var definition in document.Definitions)
        {
            if (definition is not OperationDefinitionNode operation) continue;
            if (only is not null) return null;
            only = operation;
        }
        return only?.Name?.Value;
    }

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

    /// <summary>The <c>GraphQL-Cost: report</c> header asks what <c>extensions.cost</c> asks the engine for.</summary>
    private static IReadOnlyDictionary<string, object?> WithCostRequested(IReadOnlyDictionary<string, object?>? extensions) =>
        new Dictionary<string, object?>(extensions ?? new Dictionary<string, object?>()) { ["cost"] = "report" };
}
