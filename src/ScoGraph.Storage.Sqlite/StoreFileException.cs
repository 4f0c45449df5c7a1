namespace ScoGraph.Storage.Sqlite;

/// <summary>
/// The file cannot be used as a store by this build: it is not a SQLite database, cannot be opened, or its schema
/// is newer than this build knows.
/// </summary>
public sealed class StoreFileException(string message, Exception? inner = null) : Exception(message, inner);
