namespace ScoGraph.Storage.Neo4j.Http;

/// <summary>Neo4j answered a statement with an error (<c>errors[0]</c> of the response).</summary>
/// <param name="code">The status code, e.g. <c>Neo.ClientError.Schema.ConstraintValidationFailed</c>.</param>
public class Neo4jErrorException(string code, string message)
    : Exception($"{code}: {message}")
{
    public string Code { get; } = code;

    public string Neo4jMessage { get; } = message;

    public bool IsTransient => Code.StartsWith("Neo.TransientError.", StringComparison.Ordinal);
}

/// <summary>
/// The server is reachable but will never accept these settings: wrong user or password, unknown database, too many
/// failed logins. Not retried; at start-up it stops ScoGraph with this message.
/// </summary>
public sealed class Neo4jConfigurationException(string message, string? code = null) : Exception(message)
{
    public string? Code { get; } = code;
}
