using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace ScoGraph.Storage.Sqlite.Connections;

/// <summary>
/// A small pool of reader sessions. Under WAL any number of readers run beside the writer, each on a
/// snapshot of the last commit; the pool bounds how many connections (and page caches) exist and
/// keeps their compiled statements alive between operations.
/// </summary>
internal sealed class ReaderPool : IDisposable
{
    private readonly ConnectionFactory _factory;
    private readonly ConcurrentBag<PreparedSession> _idle = new();
    private readonly SemaphoreSlim _slots;
    private volatile bool _disposed;

    public ReaderPool(ConnectionFactory factory, int maxConnections)
    {
        _factory = factory;
        _slots = new SemaphoreSlim(Math.Max(1, maxConnections));
    }

    /// <summary>
    /// Runs <paramref name="read"/> on a pooled session in one deferred transaction, not one per statement: its first
    /// statement fixes the snapshot, so a read of several statements (a page, its flags and its count; conflicting
    /// claims, then their facts) never mixes two commits.
    /// </summary>
    public async Task<T> ReadAsync<T>(Func<PreparedSession, T> read, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var session = _idle.TryTake(out var idle) ? idle : _factory.OpenReader();
            var broken = false;
            try
            {
                cancellationToken.ThrowIfCancellationRequested();
                return session.InTransaction(deferred: true, read);
            }
            catch (SqliteException)
            {
                // SQLite itself failed (I/O, a damaged file, a rollback that did not happen): the connection may
                // still be inside the transaction, and a new one costs little.
                broken = true;
                throw;
            }
            finally
            {
                Return(session, broken);
            }
        }
        finally
        {
            _slots.Release();
        }
    }

    private void Return(PreparedSession session, bool broken)
    {
        if (_disposed || broken)
        {
            session.Dispose();
        }
        else
        {
            _idle.Add(session);
        }
    }

    public void Dispose()
    {
        _disposed = true;
        while (_idle.TryTake(out var session))
        {
            session.Dispose();
        }
    }
}
