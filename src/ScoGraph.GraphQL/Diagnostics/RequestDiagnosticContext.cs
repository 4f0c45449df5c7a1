using System.Collections.Concurrent;
using ScoGraph.GraphQL.Execution;
using ScoGraph.GraphQL.Language.Ast;

namespace ScoGraph.GraphQL.Diagnostics;

/// <summary>
/// What diagnostic events are about: one request, filled in as the engine learns more (document, operation, result).
/// Listeners may keep their own per-request state in <see cref="Items"/>.
/// </summary>
public sealed class RequestDiagnosticContext
{
    private ConcurrentDictionary<string, object?>? _items;

    public RequestDiagnosticContext(GraphQLRequest request)
    {
        Request = request ?? throw new ArgumentNullException(nameof(request));
    }

    /// <summary>The request as the transport gave it (its <see cref="GraphQLRequest.RequestId"/> included).</summary>
    public GraphQLRequest Request { get; }

    /// <summary>The request's services (the transport's scope), once execution starts.</summary>
    public IServiceProvider? Services { get; internal set; }

    /// <summary>The parsed document; null before parsing or when the text did not parse.</summary>
    public DocumentNode? Document { get; internal set; }

    /// <summary>The operation the request selects; null when none could be selected.</summary>
    public OperationDefinitionNode? Operation { get; internal set; }

    /// <summary>The selected operation's type (query, mutation, subscription); null when none could be selected.</summary>
    public OperationType? OperationType => Operation?.Operation;

    /// <summary>The selected operation's name, or the requested one, or null for an anonymous operation.</summary>
    public string? OperationName => Operation?.Name?.Value ?? Request.OperationName;

    /// <summary>The result, set when execution ends (read it when <see cref="IExecutionDiagnosticEventListener.ExecuteRequest"/>'s scope ends).</summary>
    public ExecutionResult? Result { get; internal set; }

    /// <summary>
    /// Per-request state for listeners (e.g. a span or a stopwatch), keyed by a name of their choosing. Safe to use from
    /// several threads: DataLoader batches end on the data source's threads.
    /// </summary>
    public IDictionary<string, object?> Items =>
        LazyInitializer.EnsureInitialized(ref _items, static () => new ConcurrentDictionary<string, object?>(StringComparer.Ordinal));
}
