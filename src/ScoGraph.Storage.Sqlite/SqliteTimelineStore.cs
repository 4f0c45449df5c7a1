using Microsoft.Data.Sqlite;
using ScoGraph.Domain.Facts;
using ScoGraph.Domain.Model;
using ScoGraph.Domain.Ports;
using ScoGraph.Domain.Versions;
using ScoGraph.Storage.Sqlite.Connections;
using ScoGraph.Storage.Sqlite.Migrations;
using ScoGraph.Storage.Sqlite.Reading;
using ScoGraph.Storage.Sqlite.Writing;

namespace ScoGraph.Storage.Sqlite;

/// <summary>
/// The embedded store: <see cref="ITimelineStore"/> over one SQLite file in WAL mode. One writer connection
/// (batches are serialized by a lock, each in one transaction) and a small pool of reader connections that keep
/// reading consistent snapshots while a batch commits. Open it with <see cref="OpenAsync"/>; the schema is
/// created or migrated on open.
/// </summary>
public sealed class SqliteTimelineStore : ITimelineStore, IAsyncDisposable, IDisposable
{
    private readonly PreparedSession _writer;
    private readonly ReaderPool _readers;
    private readonly SemaphoreSlim _writeLock = new(1, 1);

    /// <summary>Lists every batch write fills, reused under the write lock.</summary>
    private readonly WriteScratch _writeScratch = new();
    private int _disposed;

    private SqliteTimelineStore(PreparedSession writer, ReaderPool readers, string path, int schemaVersion)
    {
        _writer = writer;
        _readers = readers;
        DatabasePath = path;
        SchemaVersion = schemaVersion;
    }

    public string DatabasePath { get; }

    /// <summary>The schema version of the file after migration.</summary>
    public int SchemaVersion { get; }

    /// <summary>Opens (creating when missing) the store file and migrates it to the newest schema.</summary>
    /// <exception cref="StoreFileException">The file was written by a newer ScoGraph.</exception>
    public static Task<SqliteTimelineStore> OpenAsync(string databasePath, CancellationToken cancellationToken = default) =>
        OpenAsync(new SqliteStoreOptions { DatabasePath = databasePath }, cancellationToken);

    public static Task<SqliteTimelineStore> OpenAsync(SqliteStoreOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.DatabasePath))
            throw new ArgumentException("the store needs a database file path", nameof(options));
        cancellationToken.ThrowIfCancellationRequested();

        var path = Path.GetFullPath(options.DatabasePath);
        var folder = Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
        var factory = new ConnectionFactory(options with { DatabasePath = path });
        PreparedSession? writer = null;
        try
        {
            writer = factory.OpenWriter();
            MigrationRunner.MigrateToLatest(writer.Connection);
            var version = MigrationRunner.CurrentVersion(writer.Connection, null);
            return Task.FromResult(new SqliteTimelineStore(writer, new ReaderPool(factory, options.MaxReaderConnections), path, version));
        }
        catch (Exception e) when (e is SqliteException or IOException or UnauthorizedAccessException)
        {
            writer?.Dispose();
            throw new StoreFileException($"\"{path}\" cannot be opened as a ScoGraph store: {e.Message}", e);
        }
        catch
        {
            writer?.Dispose();
            throw;
        }
    }

    public Task<IReadOnlyDictionary<string, Versioned<Entity>>> LoadEntitiesAsync(
        IReadOnlyCollection<string> ids, DateTimeOffset? knownAt, CancellationToken cancellationToken) =>
        ReadAsync(session => EntityReader.Load(session, ids, knownAt), cancellationToken);

    public Task<Page<Versioned<Entity>>> FindEntitiesAsync(EntityQuery query, CancellationToken cancellationToken) =>
        ReadAsync(session => EntityLister.Find(session, query), cancellationToken, heavy: EntityLister.ScansTheKind(query.Filter));

    public Task<IReadOnlyList<FactRecord>> LoadFactsAsync(FactQuery query, CancellationToken cancellationToken) =>
        ReadAsync(session => FactReader.Load(session, query), cancellationToken);

    public Task<IReadOnlyList<FactRecord>> FactsInRangeAsync(FactRangeQuery query, CancellationToken cancellationToken) =>
        ReadAsync(session => FactReader.InRange(session, query), cancellationToken);

    public Task<IReadOnlyList<Versioned<MembershipChange>>> LoadMembershipChangesAsync(
        IReadOnlyCollection<string> organizationIds, DateTimeOffset? knownAt, CancellationToken cancellationToken) =>
        ReadAsync(session => FactReader.MembershipChanges(session, organizationIds, knownAt), cancellationToken);

    public Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken) =>
        ReadAsync(session => EntitySearcher.Search(session, query), cancellationToken, heavy: true);

    public Task<IReadOnlyList<Versioned<Entity>>> HistoryAsync(string itemId, CancellationToken cancellationToken) =>
        ReadAsync(session => EntityReader.History(session, itemId), cancellationToken);

    public Task<IReadOnlyList<Conflict>> ListConflictsAsync(ConflictQuery query, CancellationToken cancellationToken) =>
        ReadAsync(session => FactReader.Conflicts(session, query), cancellationToken);

    public async Task<WriteResult> WriteAsync(WriteBatch batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.Items is null) throw new ArgumentException("the batch has no item list", nameof(batch));
        ObjectDisposedException.ThrowIf(_disposed != 0, this);
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed != 0, this);
            cancellationToken.ThrowIfCancellationRequested();
            return BatchWriter.Write(_writer, batch, _writeScratch);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private async Task<T> ReadAsync<T>(Func<PreparedSession, T> read, CancellationToken cancellationToken, bool heavy = false)
    {
        ObjectDisposedException.ThrowIf(_disposed != 0, this);
        return await _readers.ReadAsync(read, cancellationToken, heavy).ConfigureAwait(false);
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0) return;
        _writeLock.Wait();
        try
        {
            _readers.Dispose();
            // Fold the write-ahead log back into the file so the file alone is the whole store.
            try { _writer.Execute("PRAGMA wal_checkpoint(TRUNCATE);"); }
            catch (SqliteException) { /* a reader elsewhere holds the log; SQLite checkpoints later */ }
            _writer.Dispose();
        }
        finally
        {
            _writeLock.Release();
        }
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }
}
