using System.Net;
using System.Net.Sockets;
using ScoGraph.Storage.Neo4j.Http;
using ScoGraph.Storage.Neo4j.Tests.Support;

namespace ScoGraph.Storage.Neo4j.Tests.Http;

/// <summary>Sessions pointed at a replay server (or at nothing), with fast retries, and handy recorded answers.</summary>
internal static class SessionHarness
{
    public static Neo4jStoreOptions Options(Uri uri, int retries = 3, TimeSpan? timeout = null, TimeSpan? retryDelay = null,
        string database = "neo4j") => new()
    {
        Uri = uri,
        User = "neo4j",
        Password = "secret",
        Database = database,
        MaxRetries = retries,
        RetryBaseDelay = retryDelay ?? TimeSpan.FromMilliseconds(1),
        RequestTimeout = timeout ?? TimeSpan.FromSeconds(10),
    };

    /// <summary>A session that counts the HTTP requests it sends (also those that never reach a server).</summary>
    public static (Neo4jHttpSession Session, CountingHandler Counter) Counted(Neo4jStoreOptions options)
    {
        var counter = new CountingHandler(new SocketsHttpHandler());
        return (new Neo4jHttpSession(options, counter), counter);
    }

    /// <summary>An address where nothing listens: connections are refused.</summary>
    public static Uri ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port}");
    }

    public static ReplayAnswer Recorded(string title, string file = RecordedExchanges.Http) =>
        ReplayAnswer.From(RecordedExchanges.Titled(file, title));

    public static ReplayAnswer Rows(params long[] values) => ReplayAnswer.Json(200,
        $$"""{"results":[{"columns":["x"],"data":[{{string.Join(",", values.Select(v => $$"""{"row":[{{v}}],"meta":[null]}"""))}}]}],"errors":[]}""");

    public static ReplayAnswer Deadlock() => Recorded("deadlock: tx B asks for the other lock (sent concurrently)", RecordedExchanges.Semantics);

    /// <summary>A 201 that opens transaction <paramref name="id"/> and returns one row per value.</summary>
    public static ReplayAnswer Opened(int id, params long[] values) => Rows(values) with
    {
        Status = 201,
        Headers = new Dictionary<string, string> { ["Location"] = $"http://127.0.0.1:7474/db/neo4j/tx/{id}" },
    };

    public static Task<List<long?>> Query(ICypherSession session, string cypher = "RETURN 1 AS x", CancellationToken ct = default) =>
        session.QueryAsync(new CypherStatement(cypher), row => row.Int64(0), ct);
}

internal sealed class CountingHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
{
    private int _count;

    public int Count => _count;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _count);
        return base.SendAsync(request, cancellationToken);
    }
}
