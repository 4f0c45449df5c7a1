namespace ScoGraph.GraphQL.AspNetCore;

/// <summary>
/// One operation as the client sent it (POST body object or GET query string), before a persisted operation id
/// is resolved to its document. <see cref="DocumentId"/> comes from <c>id</c>, <c>documentId</c> or
/// <c>extensions.persistedQuery.sha256Hash</c>.
/// </summary>
public sealed record HttpOperationRequest(
    string? Query,
    string? OperationName,
    IReadOnlyDictionary<string, object?>? Variables,
    IReadOnlyDictionary<string, object?>? Extensions,
    string? DocumentId);
