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
    IReadOnlyDictionary<string, object?>? Extensions = null)
{
    /// <summary>
    /// The transport's id for this request (e.g. an HTTP request id), if any: put in the <c>extensions.requestId</c> of
    /// masked errors so a client's report can be matched with the server's log, and shown to diagnostic listeners.
    /// </summary>
    public string? RequestId { get; init; }
}
