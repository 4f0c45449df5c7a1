namespace ScoGraph.Api.Hosting;

/// <summary>The server cannot start (store, dataset or schema problem); the message says what to fix.</summary>
public sealed class StartupException(string message, Exception? innerException = null) : Exception(message, innerException);
