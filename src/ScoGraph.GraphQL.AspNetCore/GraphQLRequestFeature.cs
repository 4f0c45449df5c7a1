using ScoGraph.GraphQL.Execution;
using ScoGraph.GraphQL.Language.Ast;

namespace ScoGraph.GraphQL.AspNetCore;

/// <summary>
/// What the GraphQL endpoint learned while serving one HTTP request, left in <c>HttpContext.Features</c> for the
/// host's middleware (logging, telemetry, metrics) to read after the endpoint ran: the operation(s) it selected and
/// every error it answered with. A batch records each of its operations.
/// </summary>
public sealed class GraphQLRequestFeature
{
    private readonly List<GraphQLOperationInfo> _operations = new(1);
    private readonly List<GraphQLError> _errors = [];

    /// <summary>The operations in the order they ran (empty when the request was refused before any was read).</summary>
    public IReadOnlyList<GraphQLOperationInfo> Operations => _operations;

    /// <summary>Every error sent to the client, refusals included.</summary>
    public IReadOnlyList<GraphQLError> Errors => _errors;

    /// <summary>Whether the request was a batch (a JSON array of operations).</summary>
    public bool IsBatch { get; internal set; }

    internal void OperationSelected(string? name, OperationType? type) => _operations.Add(new GraphQLOperationInfo(name, type));

    internal void Answered(IReadOnlyList<GraphQLError>? errors)
    {
        if (errors is not null) _errors.AddRange(errors);
    }

    internal void Answered(GraphQLError error) => _errors.Add(error);
}

/// <summary>One operation a request ran: its name (null when anonymous) and type (null when none could be selected).</summary>
public readonly record struct GraphQLOperationInfo(string? Name, OperationType? Type);
