using ScoGraph.Domain.Ports;

namespace ScoGraph.Storage.Neo4j.Http;

/// <summary>
/// Connection refused or reset, no answer within <see cref="Neo4jStoreOptions.RequestTimeout"/>, or a 502/503/504 from
/// something in front of Neo4j: worth retrying, and a <see cref="StoreUnavailableException"/> once the retries are spent.
/// </summary>
internal sealed class Neo4jTransportException(string message, Exception? innerException = null) : Exception(message, innerException);

/// <summary>
/// Turns what Neo4j answered into the session's three failures, by error code and not by HTTP status (semantics
/// page, 4.2, "Adapter rule"): Cypher failures come back as 200 or 201 too, and the same status means different things.
/// Messages name the server and the setting to fix, because at start-up they are what the operator reads.
/// </summary>
internal sealed class Neo4jErrorMapping(Neo4jStoreOptions options)
{
    /// <summary>An error code Neo4j did not send: the answer was not the Cypher API's (see the message).</summary>
    public const string UnexpectedResponseCode = "ScoGraph.Neo4j.UnexpectedResponse";

    private Uri Server => options.Uri;

    /// <summary>The request failed with Neo4j error codes (the first one decides).</summary>
    public Exception FromErrors(IReadOnlyList<Neo4jError> errors, int status)
    {
        var (code, message) = (errors[0].Code, errors[0].Message);
        if (code == "Neo.ClientError.Security.Unauthorized") return WrongCredentials(code);
        if (code == "Neo.ClientError.Security.AuthenticationRateLimit")
            return new Neo4jConfigurationException(
                $"Neo4j at {Server} refused user '{options.User}': too many failed logins, so it refuses even the right password " +
                $"for a few seconds ({message}); check ScoGraph:Neo4j:User / Password", code);
        if (code.StartsWith("Neo.ClientError.Security.", StringComparison.Ordinal))
            return new Neo4jConfigurationException(
                $"Neo4j at {Server} refused user '{options.User}': {message} ({code}); check ScoGraph:Neo4j:User / Password and the user's roles", code);
        if (code == "Neo.ClientError.Database.DatabaseNotFound")
            return UnknownDatabase(code, message);
        if (status == 401) return WrongCredentials(code);
        // Neo4j enforcing the max-execution-time we sent: the same failure as our own RequestTimeout, whichever fires first.
        if (code == "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration")
            return new Neo4jTransportException(
                $"Neo4j ended the request after {options.RequestTimeout.TotalSeconds:0.###} s (ScoGraph:Neo4j:RequestTimeout): {message}");
        return new Neo4jErrorException(code, message);
    }

    /// <summary>A refusal (401/429) whose body carried no error code.</summary>
    public Exception Refused(int status) => status == 429
        ? new Neo4jConfigurationException(
            $"Neo4j at {Server} refused user '{options.User}' (HTTP 429, too many failed logins); check ScoGraph:Neo4j:User / Password")
        : WrongCredentials(null);

    /// <summary>
    /// A status the Cypher API does not give without an error code: the web container's own 404/405/415, or something
    /// else listening on the configured address.
    /// </summary>
    public Exception NotApi(int status, string? containerMessage, HttpMethod method, string path)
    {
        var what = containerMessage is null ? $"HTTP {status}" : $"HTTP {status} {containerMessage}";
        if (status == 404)
            return new Neo4jConfigurationException(
                $"Neo4j at {Server} has no {method} /{path} ({what}): is ScoGraph:Neo4j:Uri the root of Neo4j's HTTP connector " +
                "(e.g. http://localhost:7474), and is the server Neo4j 4.4 or later?");
        return new Neo4jErrorException(UnexpectedResponseCode,
            $"Neo4j at {Server} answered {method} /{path} with {what} and no Neo4j error code");
    }

    /// <summary>A body that is not JSON (an HTML error page, a truncated stream).</summary>
    public Exception NotJson(int status, HttpMethod method, string path, Exception cause) =>
        new Neo4jErrorException(UnexpectedResponseCode,
            $"Neo4j at {Server} answered {method} /{path} (HTTP {status}) with a body that is not the Cypher API's JSON: {cause.Message}");

    /// <summary>What the caller sees once retries did not help.</summary>
    public Exception Exhausted(Exception last, int retries) => last switch
    {
        Neo4jTransportException transport => new StoreUnavailableException(
            $"Neo4j at {Server} cannot be reached (ScoGraph:Neo4j:Uri): {transport.Message}" + After(retries), transport),
        Neo4jErrorException { IsTransient: true } transient => new StoreUnavailableException(
            $"Neo4j at {Server} kept failing with a transient error{After(retries)}: {transient.Message}", transient),
        _ => last,
    };

    private static string After(int retries) => retries == 0 ? "" : $" (after {retries} retries)";

    private Neo4jConfigurationException WrongCredentials(string? code) =>
        new($"Neo4j at {Server} refused user '{options.User}': wrong user or password (ScoGraph:Neo4j:User / Password)",
            code ?? "Neo.ClientError.Security.Unauthorized");

    private Neo4jConfigurationException UnknownDatabase(string code, string message) =>
        new($"Neo4j at {Server} has no database '{options.Database}' (ScoGraph:Neo4j:Database): {message}", code);
}
