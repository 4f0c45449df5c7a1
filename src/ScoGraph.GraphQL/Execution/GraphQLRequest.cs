namespace ScoGraph.GraphQL.Execution;

/// <summary>
/// One GraphQL request as a transport hands it to the engine.
/// Variable and extension values use plain .NET shapes so the engine needs no JSON library:
/// null, bool, string, int, long, double, decimal, <see cref="IReadOnlyList{T}"/> of object?,
/// and <see cref="IReadOnlyDictionary{TKey,TValue}"/> of string to object?.
/// </summary>
public sealed record GraphQLRequest(
    string Query,
    string? OperationName = null,
    IReadOnlyDictionary<string, object?>? Variables = null,
    IReadOnlyDictionary<string, object?>? Extensions = null);
