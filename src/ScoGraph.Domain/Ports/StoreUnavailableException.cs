namespace ScoGraph.Domain.Ports;

/// <summary>
/// The store cannot be reached right now (a database server down, a network failure, retries used up). Adapters
/// throw it so the API can answer <c>STORE_UNAVAILABLE</c> without knowing which adapter is behind the port; the
/// request may succeed once the store is back, without restarting ScoGraph.
/// </summary>
public sealed class StoreUnavailableException(string message, Exception? innerException = null)
    : Exception(message, innerException);
