using System.Collections.Concurrent;

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

    public async ValueTask<Lease> RentAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var session = _idle.TryTake(out var idle) ? idle : _factory.OpenReader();
            return new Lease(this, session);
        }
        catch
        {
            _slots.Release();
            throw;
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
        _slots.Release();
    }

    public void Dispose()
    {
        _disposed = true;
        while (_idle.TryTake(out var session))
        {
            session.Dispose();
        }
    }

    /// <summary>One borrowed session; disposing gives it back.</summary>
    internal readonly struct Lease : IDisposable
    {
        private readonly ReaderPool _pool;

        public Lease(ReaderPool pool, PreparedSession session)
        {
            _pool = pool;
            Session = session;
        }

        public PreparedSession Session { get; }

        public void Dispose() => _pool.Return(Session, broken: false);
    }
}
