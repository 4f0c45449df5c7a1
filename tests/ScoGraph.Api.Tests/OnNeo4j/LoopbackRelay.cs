using System.Net;
using System.Net.Sockets;

namespace ScoGraph.Api.Tests.OnNeo4j;

/// <summary>
/// A TCP relay on 127.0.0.1 in front of a real server: <see cref="CutAsync"/> drops every connection and refuses new
/// ones (the server "goes away" for its clients), <see cref="Restore"/> accepts them again on the same port. Lets a test
/// take Neo4j away from ScoGraph without stopping Neo4j.
/// </summary>
public sealed class LoopbackRelay : IAsyncDisposable
{
    private readonly DnsEndPoint _target;
    private readonly List<TcpClient> _open = [];
    private TcpListener? _listener;
    private CancellationTokenSource _cut = new();
    private Task _accepting = Task.CompletedTask;

    public LoopbackRelay(Uri target)
    {
        _target = new DnsEndPoint(target.Host, target.Port);
        Port = Listen(0);
    }

    public int Port { get; }

    public void Restore()
    {
        if (_listener is not null) return;
        _cut = new CancellationTokenSource();
        Listen(Port);
    }

    public async Task CutAsync()
    {
        _cut.Cancel();
        _listener?.Stop();
        _listener = null;
        lock (_open)
        {
            foreach (var client in _open) client.Dispose();
            _open.Clear();
        }
        await _accepting.ContinueWith(_ => { }, TaskScheduler.Default);
    }

    private int Listen(int port)
    {
        var listener = new TcpListener(IPAddress.Loopback, port);
        listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        listener.Start();
        _listener = listener;
        var token = _cut.Token;
        _accepting = Task.Run(() => AcceptAsync(listener, token));
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task AcceptAsync(TcpListener listener, CancellationToken token)
    {
        while (!token.IsCancellationRequested)
        {
            TcpClient inbound;
            try { inbound = await listener.AcceptTcpClientAsync(token); }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException) { return; }
            var outbound = new TcpClient();
            try { await outbound.ConnectAsync(_target.Host, _target.Port, token); }
            catch (Exception e) when (e is OperationCanceledException or SocketException)
            {
                inbound.Dispose();
                outbound.Dispose();
                continue;
            }
            lock (_open) { _open.Add(inbound); _open.Add(outbound); }
            _ = PumpAsync(inbound, outbound, token);
            _ = PumpAsync(outbound, inbound, token);
        }
    }

    private static async Task PumpAsync(TcpClient from, TcpClient to, CancellationToken token)
    {
        try { await from.GetStream().CopyToAsync(to.GetStream(), token); }
        catch (Exception e) when (e is IOException or OperationCanceledException or ObjectDisposedException or SocketException) { }
        finally
        {
            from.Dispose();
            to.Dispose();
        }
    }

    public async ValueTask DisposeAsync() => await CutAsync();
}
