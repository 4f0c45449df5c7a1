using ScoGraph.GraphQL.Execution;
using ScoGraph.GraphQL.Language;
using ScoGraph.GraphQL.Language.Ast;
using ScoGraph.GraphQL.Types;
using ScoGraph.GraphQL.Validation;

namespace ScoGraph.GraphQL;

/// <summary>
/// What a transport calls for each request: parse (cached by query text), validate (cached with it, spec rules
/// plus <see cref="RequestExecutorOptions.ExtraValidationRules"/>), execute. Parse and validation errors come back
/// as a result without data; nothing a client sends makes it throw, except cancellation by the caller's token.
/// </summary>
public sealed class RequestExecutor
{
    private readonly RequestExecutorOptions _options;
    private readonly IReadOnlyList<IValidationRule> _rules;
    private readonly DocumentCache _documents;

    public RequestExecutor(Schema schema, RequestExecutorOptions? options = null)
    {
        Schema = schema ?? throw new ArgumentNullException(nameof(schema));
        _options = options ?? new RequestExecutorOptions();
        _rules = _options.ExtraValidationRules.Count == 0 ? SpecifiedRules.All : [.. SpecifiedRules.All, .. _options.ExtraValidationRules];
        _documents = new DocumentCache(_options.DocumentCacheSize);
    }

    public Schema Schema { get; }

    /// <summary>The parsed document and its parse or validation errors (none when it may be executed).</summary>
    public (DocumentNode? Document, IReadOnlyList<GraphQLError> Errors) ParseAndValidate(GraphQLRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var entry = _documents.GetOrAdd(request.Query ?? "", ParseAndValidate);
        return (entry.Document, entry.Errors);
    }

    /// <summary>
    /// The type of the operation the request would run (for refusing a mutation sent with GET), or null when
    /// the operation cannot be selected; then executing reports why.
    /// </summary>
    public static OperationType? GetOperationType(DocumentNode document, string? operationName) =>
        Executor.TrySelectOperation(document, operationName, out var operation, out _, out _) ? operation.Operation : null;

    public async Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, IServiceProvider? services = null, CancellationToken ct = default)
    {
        var (document, errors) = ParseAndValidate(request);
        if (document is null || errors.Count > 0) return ExecutionResult.FromErrors(errors);
        if (GetOperationType(document, request.OperationName) == OperationType.Subscription)
        {
            return ExecutionResult.FromErrors([new GraphQLError("Subscription operations are not supported by this server; use a query or a mutation.")]);
        }

        object? rootValue;
        try
        {
            rootValue = _options.RootValueFactory?.Invoke(request, services);
        }
        catch (Exception error)
        {
            return new ExecutionResult(null, [new GraphQLError($"Could not create the root value: {error.Message}")]);
        }

        using var timeout = _options.MaxExecutionTime is { } limit ? CancellationTokenSource.CreateLinkedTokenSource(ct) : null;
        timeout?.CancelAfter(_options.MaxExecutionTime!.Value);
        var args = new ExecutionArgs(Schema, document, request.OperationName, request.Variables, rootValue, services, timeout?.Token ?? ct);
        try
        {
            return await Executor.ExecuteAsync(args).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (timeout is not null && timeout.IsCancellationRequested && !ct.IsCancellationRequested)
        {
            var milliseconds = (long)_options.MaxExecutionTime!.Value.TotalMilliseconds;
            return new ExecutionResult(null, [new GraphQLError($"Execution was stopped after the maximum execution time of {milliseconds} ms.")]);
        }
    }

    private DocumentCache.Entry ParseAndValidate(string query)
    {
        DocumentNode document;
        try
        {
            document = Parser.Parse(query);
        }
        catch (GraphQLSyntaxException syntax)
        {
            return new DocumentCache.Entry(null, [syntax.Error]);
        }
        catch (Exception unexpected)
        {
            return new DocumentCache.Entry(null, [new GraphQLError($"Syntax Error: {unexpected.Message}")]);
        }
        IReadOnlyList<GraphQLError> errors;
        try
        {
            errors = DocumentValidator.Validate(Schema, document, _rules);
        }
        catch (Exception unexpected)
        {
            errors = [new GraphQLError($"Validation failed unexpectedly: {unexpected.Message}")];
        }
        return new DocumentCache.Entry(document, errors);
    }
}
