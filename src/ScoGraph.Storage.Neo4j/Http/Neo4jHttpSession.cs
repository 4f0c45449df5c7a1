using System.Net;
using System.Net.Http.Headers;
using System.Runtime.ExceptionServices;
using System.Text;
using System.Text.Json;
using ScoGraph.Domain.Ports;

namespace ScoGraph.Storage.Neo4j.Http;

/// <summary>
/// <see cref="ICypherSession"/> over Neo4j's HTTP transactional API with one pooled, keep-alive
/// <see cref="HttpClient"/>. Thread-safe; make one per server and share it (it holds the connection pool).
/// </summary>
public sealed class Neo4jHttpSession : ICypherSession, IDisposable
{
    private readonly Neo4jStoreOptions _options;
    private readonly HttpClient _http;
    private readonly Uri _root;
    private readonly string _commitPath;
    private readonly bool _hasTimeout; // RequestTimeout is finite (Timeout.InfiniteTimeSpan or zero: none)
    private readonly string? _maxExecutionTime;
    private readonly Neo4jErrorMapping _errors;
    private readonly Neo4jRetryPolicy _retry;

    /// <param name="handler">For tests; by default a <see cref="SocketsHttpHandler"/> owned by the session.</param>
    public Neo4jHttpSession(Neo4jStoreOptions options, HttpMessageHandler? handler = null)
    {
        _options = options;
        _errors = new Neo4jErrorMapping(options);
        _retry = new Neo4jRetryPolicy(options, _errors, OnRetrying);
        // Relative paths resolve under the configured root, also when it has a path of its own (a reverse proxy).
        _root = options.Uri.AbsoluteUri.EndsWith('/') ? options.Uri : new Uri(options.Uri.AbsoluteUri + "/");
        TransactionPath = $"db/{Uri.EscapeDataString(options.Database)}/tx";
        _commitPath = TransactionPath + "/commit";
        _hasTimeout = options.RequestTimeout > TimeSpan.Zero && options.RequestTimeout.TotalMilliseconds <= int.MaxValue;
        _maxExecutionTime = _hasTimeout
            ? ((long)Math.Ceiling(options.RequestTimeout.TotalMilliseconds)).ToString(System.Globalization.CultureInfo.InvariantCulture)
            : null;
        _http = handler is null ? new HttpClient(NewHandler(options), disposeHandler: true) : new HttpClient(handler, disposeHandler: false);
        // Timeouts are ours (per request, told apart from the caller's cancellation), not HttpClient's.
        _http.Timeout = Timeout.InfiniteTimeSpan;
        _http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.User}:{options.Password}")));
    }

    /// <summary>
    /// Raised before each retry (a transient Neo4j error or a transport failure), so the host can log or count them;
    /// a handler must be quick (what it throws is ignored).
    /// </summary>
    public event Action<Neo4jRetry>? Retrying;

    private void OnRetrying(Neo4jRetry retry)
    {
        // A failing log handler must not turn a retry into a failed request.
        try { Retrying?.Invoke(retry); }
        catch (Exception) { }
    }

    /// <summary><c>db/{database}/tx</c>, relative to the server root.</summary>
    internal string TransactionPath { get; }

    internal Neo4jStoreOptions Options => _options;

    private static SocketsHttpHandler NewHandler(Neo4jStoreOptions options) => new()
    {
        // Keep connections alive between requests, but renew them now and then so DNS changes (a cluster, Aura) are seen.
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        // Below common server-side idle timeouts (Jetty's 30 s), so a pooled connection is not reused just as it closes.
        PooledConnectionIdleTimeout = TimeSpan.FromSeconds(20),
        ConnectTimeout = options.RequestTimeout > TimeSpan.Zero && options.RequestTimeout < TimeSpan.FromSeconds(15)
            ? options.RequestTimeout
            : TimeSpan.FromSeconds(15),
        AutomaticDecompression = DecompressionMethods.None,
        UseCookies = false,
    };

    /// <summary>
    /// Checks at start-up that the server is Neo4j and accepts these settings: <c>GET /</c> for version and edition,
    /// then <c>RETURN 1</c> in the configured database. Throws <see cref="Neo4jConfigurationException"/> for wrong
    /// credentials or an unknown database (say which setting), <see cref="StoreUnavailableException"/> when unreachable.
    /// </summary>
    public async Task<Neo4jServerInfo> ConnectAsync(CancellationToken ct)
    {
        var info = await _retry.ExecuteAsync(DiscoverAsync, ct);
        await this.ExecuteAsync([new CypherStatement("RETURN 1")], ct);
        return info;
    }

    public Task<TResult> ExecuteAsync<TResult>(IReadOnlyList<CypherStatement> statements, Func<ICypherRowSink<TResult>> newSink,
        CancellationToken cancellationToken)
    {
        if (statements.Count == 0) return Task.FromResult(newSink().Complete());
        return _retry.ExecuteAsync(async token =>
        {
            var sink = newSink(); // a fresh sink per attempt: a retried request never delivers a row twice
            await SendAsync(HttpMethod.Post, _commitPath, statements, null, sink.Row, keepPlan: false, token);
            return sink.Complete();
        }, cancellationToken);
    }

    public Task<T> InTransactionAsync<T>(Func<ICypherTransaction, CancellationToken, Task<T>> work, CancellationToken cancellationToken) =>
        _retry.ExecuteAsync(async token =>
        {
            // A transient error has already rolled the transaction back on the server: the retry starts a new one.
            var transaction = new Neo4jHttpTransaction(this);
            try
            {
                var result = await work(transaction, token);
                await transaction.CommitAsync(token);
                return result;
            }
            catch
            {
                // Never leave a transaction open: it would hold its locks until Neo4j's 60 s idle timeout.
                await transaction.RollbackQuietlyAsync();
                throw;
            }
        }, cancellationToken);

    public Task<JsonElement> PlanAsync(CypherStatement statement, bool profile, CancellationToken cancellationToken) =>
        _retry.ExecuteAsync(async token =>
        {
            var exchange = await SendAsync(HttpMethod.Post, _commitPath, [statement], profile ? "PROFILE " : "EXPLAIN ",
                row: null, keepPlan: true, token);
            return exchange.Body.Plan ?? throw new Neo4jErrorException(Neo4jErrorMapping.UnexpectedResponseCode,
                $"Neo4j at {_options.Uri} answered {(profile ? "PROFILE" : "EXPLAIN")} without results[0].plan.root");
        }, cancellationToken);

    /// <summary>The answer to one HTTP request, once its body was read without Neo4j errors.</summary>
    internal readonly record struct Exchange(int Status, Uri? Location, CypherResponse Body);

    /// <summary>
    /// One request and its streamed response, mapped to the session's failures; no retries here (the unit of work
    /// is retried whole by the caller). <paramref name="statements"/> null sends no body (DELETE).
    /// </summary>
    internal async Task<Exchange> SendAsync(HttpMethod method, string path, IReadOnlyList<CypherStatement>? statements, string? prefix,
        Action<int, CypherRow>? row, bool keepPlan, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (_hasTimeout) timeout.CancelAfter(_options.RequestTimeout);
        var content = statements is null ? null : new CypherRequestContent(statements, prefix);
        // The sink is the caller's code: whatever it throws (even a JsonException) is its failure, not a bad response.
        Exception? sinkFailure = null;
        Action<int, CypherRow>? guarded = row is null ? null : (statement, values) =>
        {
            try { row(statement, values); }
            catch (Exception exception) { sinkFailure = exception; throw; }
        };
        using var request = new HttpRequestMessage(method, new Uri(_root, path)) { Content = content };
        // An auto-commit request we stop waiting for should not go on running (and commit) on the server: ask Neo4j to
        // end it after the same time (semantics page, 4.2). Not for explicit transactions, where the header at the
        // start would bound the whole transaction rather than one request.
        if (_maxExecutionTime is not null && ReferenceEquals(path, _commitPath))
            request.Headers.TryAddWithoutValidation("max-execution-time", _maxExecutionTime);
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var status = (int)response.StatusCode;
            if (status is 502 or 503 or 504)
                throw new Neo4jTransportException($"HTTP {status} {response.ReasonPhrase} from {method} /{path}");
            await using var body = await response.Content.ReadAsStreamAsync(timeout.Token);
            CypherResponse parsed;
            try
            {
                parsed = await CypherResponseReader.ReadAsync(body, guarded, keepPlan, timeout.Token);
            }
            catch (JsonException exception) when (sinkFailure is null)
            {
                if (status is 401 or 429) throw _errors.Refused(status);
                throw _errors.NotJson(status, method, path, exception);
            }
            if (parsed.Errors.Count > 0) throw _errors.FromErrors(parsed.Errors, status);
            if (status is 401 or 429) throw _errors.Refused(status);
            if (status is not (200 or 201)) throw _errors.NotApi(status, parsed.ContainerMessage, method, path);
            return new Exchange(status, response.Headers.Location, parsed);
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested && timeout.IsCancellationRequested)
        {
            throw new Neo4jTransportException($"no answer to {method} /{path} within {_options.RequestTimeout.TotalSeconds:0.###} s " +
                "(ScoGraph:Neo4j:RequestTimeout)", exception);
        }
        catch (HttpRequestException) when (content?.WriteFailure is Exception failure)
        {
            ExceptionDispatchInfo.Throw(failure); // the caller's parameters, not the network
            throw;
        }
        catch (HttpRequestException exception)
        {
            throw new Neo4jTransportException(Describe(exception), exception);
        }
        catch (IOException exception) when (!cancellationToken.IsCancellationRequested && sinkFailure is null)
        {
            // The connection broke while the response was streaming in.
            throw new Neo4jTransportException($"the connection broke during {method} /{path}: {exception.Message}", exception);
        }
    }

    private static string Describe(HttpRequestException exception) =>
        exception.HttpRequestError switch
        {
            HttpRequestError.ConnectionError when exception.InnerException is { } inner => $"{exception.Message} ({inner.Message})",
            _ => exception.Message,
        };

    private async ValueTask<Neo4jServerInfo> DiscoverAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (_hasTimeout) timeout.CancelAfter(_options.RequestTimeout);
        try
        {
            using var response = await _http.GetAsync(_root, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var status = (int)response.StatusCode;
            if (status is 502 or 503 or 504) throw new Neo4jTransportException($"HTTP {status} {response.ReasonPhrase} from GET /");
            await using var body = await response.Content.ReadAsStreamAsync(timeout.Token);
            try
            {
                using var document = await JsonDocument.ParseAsync(body, cancellationToken: timeout.Token);
                var root = document.RootElement;
                if (status == 200 && root.ValueKind == JsonValueKind.Object &&
                    root.TryGetProperty("neo4j_version", out var version) && version.ValueKind == JsonValueKind.String)
                {
                    var edition = root.TryGetProperty("neo4j_edition", out var e) && e.ValueKind == JsonValueKind.String ? e.GetString()! : "unknown";
                    return new Neo4jServerInfo(_options.Uri, version.GetString()!, edition, _options.Database);
                }
            }
            catch (JsonException)
            {
                // Falls through to "not Neo4j".
            }
            throw new Neo4jConfigurationException(
                $"{_options.Uri} answered GET / with HTTP {status} but not Neo4j's discovery document: is ScoGraph:Neo4j:Uri the " +
                "address of Neo4j's HTTP connector (usually http://host:7474)?");
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested && timeout.IsCancellationRequested)
        {
            throw new Neo4jTransportException($"no answer to GET / within {_options.RequestTimeout.TotalSeconds:0.###} s", exception);
        }
        catch (HttpRequestException exception)
        {
            throw new Neo4jTransportException(Describe(exception), exception);
        }
        catch (IOException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw new Neo4jTransportException($"the connection broke during GET /: {exception.Message}", exception);
        }
    }

    public void Dispose() => _http.Dispose();
}
