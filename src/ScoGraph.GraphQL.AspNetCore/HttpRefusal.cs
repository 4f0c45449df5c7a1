using Microsoft.AspNetCore.Http;
using ScoGraph.GraphQL.Execution;

namespace ScoGraph.GraphQL.AspNetCore;

/// <summary>
/// A request refused before any GraphQL work: the HTTP status, the one error explaining why, and for 405 the
/// methods that would have worked.
/// </summary>
public sealed record HttpRefusal(int StatusCode, GraphQLError Error, string? Allow = null)
{
    public static HttpRefusal BadRequest(string message, string code = GraphQLHttpErrorCodes.BadRequest) =>
        new(StatusCodes.Status400BadRequest, GraphQLHttpErrorCodes.Error(message, code));
}
