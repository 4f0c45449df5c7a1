using ScoGraph.GraphQL.Language.Ast;
using ScoGraph.GraphQL.Types;

namespace ScoGraph.GraphQL.Execution;

/// <summary>Everything one execution needs (graphql-js ExecutionArgs). The document is assumed validated.</summary>
public sealed record ExecutionArgs(
    Schema Schema,
    DocumentNode Document,
    string? OperationName = null,
    IReadOnlyDictionary<string, object?>? Variables = null,
    object? RootValue = null,
    IServiceProvider? Services = null,
    CancellationToken CancellationToken = default);
