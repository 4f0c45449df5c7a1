using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace ScoGraph.Storage.Sqlite.Connections;

/// <summary>
/// A small pool of reader sessions. Under WAL any number of readers run beside the writer, each on a
/// snapshot of the last commit; the pool bounds how many connections (and page caches) exist and
/// keeps their compiled statements alive between operations. Heavy reads (full-text search) share a quarter of the
/// connections, so however many arrive, cheap reads still find one. A cancelled read stops its running statement
/// (SQLite's progress handler answers SQLITE_INTERRUPT): a timed-out or abandoned request frees its connection at once.
/// </summary>
internal sealed class ReaderPool : IDisposable
{
    private readonly ConnectionFactory _factory;
    private readonly ConcurrentBag<PreparedSession> _idle = new();
    private readonly SemaphoreSlim _slots;
    private readonly SemaphoreSlim _heavySlots;
    private volatile bool _disposed;

    public ReaderPool(ConnectionFactory factory, int maxConnections)
    {
        _factory = factory;
        _slots = new SemaphoreSlim(Math.Max(1, maxConnections));
        _heavySlots = new SemaphoreSlim(Math.Max(1, maxConnections / 4));
    }

    /// <summary>
    /// Runs <paramref name="read"/> on a pooled session in one deferred transaction, not one per statement: its first
    /// statement fixes the snapshot, so a read of several statements (a page, its flags and its count; conflicting
    /// claims, then their facts) never mixes two commits.
    /// </summary>
    /// <param name="heavy">Whether the read may take long whatever the data (e.g. full-text search): it waits for one of
    /// the few heavy slots first.</param>
    public async Task<T> ReadAsync<T>(Func<PreparedSession, T> read, CancellationToken cancellationToken, bool heavy = false)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (heavy) await _heavySlots.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                return Read(read, cancellationToken);
            }
            finally
            {
                _slots.Release();
            }
        }
        finally
        {
            if (heavy) _heavySlots.Release();
        }
    }

    private T Read<T>(Func<PreparedSession, T> read, CancellationToken cancellationToken)
    {
        var session = _idle.TryTake(out var idle) ? idle : _factory.OpenReader();
        var broken = false;
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!cancellationToken.CanBeCanceled) return session.InTransaction(deferred: true, read);
            // SQLite asks the token every few hundred steps of any statement of this read, so a cancellation stops it
            // wherever it is, also between statements (an interrupt call alone misses a statement not yet started).
            // Removed before the session goes back to the pool.
            session.StopWhen(cancellationToken);
            try
            {
                return session.InTransaction(deferred: true, read);
            }
            finally
            {
                session.StopWhen(null);
            }
        }
        catch (SqliteException interrupted) when (interrupted.SqliteErrorCode == SqliteInterrupt && cancellationToken.IsCancellationRequested)
        {
            broken = true;
            throw new OperationCanceledException("The read was interrupted: its request was cancelled.", interrupted, cancellationToken);
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

    /// <summary>SQLITE_INTERRUPT: the statement stopped because sqlite3_interrupt was called.</summary>
    private const int SqliteInterrupt = 9;

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
