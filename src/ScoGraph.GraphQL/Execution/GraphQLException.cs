namespace ScoGraph.GraphQL.Execution;

/// <summary>
/// Thrown by a resolver to report a field error with machine-readable <see cref="Extensions"/>
/// (for example <c>{"code": "NOT_FOUND"}</c>); any other exception becomes an error with just its message.
/// </summary>
public class GraphQLException : Exception
{
    public GraphQLException(string message, IReadOnlyDictionary<string, object?>? extensions = null, Exception? innerException = null)
        : base(message, innerException)
    {
        Extensions = extensions;
    }

    public IReadOnlyDictionary<string, object?>? Extensions { get; }
}
