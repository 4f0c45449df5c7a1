using ScoGraph.Domain.Ports;
using ScoGraph.GraphQL.Execution;

namespace ScoGraph.Api.Hosting;

/// <summary>
/// A store that cannot be reached is not a bug of ours and clients should retry, so it is answered with
/// <c>STORE_UNAVAILABLE</c> and a clear message instead of being masked. The adapter's own detail (addresses,
/// driver messages) stays in the log.
/// </summary>
public sealed class StoreUnavailableErrorFilter : IErrorFilter
{
    public const string Code = "STORE_UNAVAILABLE";

    public const string Message = "The data store is unavailable right now; try again shortly.";

    public GraphQLError? OnException(Exception exception) => exception is StoreUnavailableException
        ? new GraphQLError(Message, Extensions: new Dictionary<string, object?> { ["code"] = Code })
        : null;
}
