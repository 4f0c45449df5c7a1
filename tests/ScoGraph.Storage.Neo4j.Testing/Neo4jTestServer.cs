using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace ScoGraph.Storage.Neo4j.Testing;

/// <summary>
/// Where the Neo4j tests find a real server, decided once per test run: <c>NEO4J_URI</c> when set; otherwise a
/// <c>neo4j:5.13</c> container when a Docker engine answers; otherwise none, and every Neo4j test is skipped with
/// <see cref="SkipReason"/>. Deciding is cheap (environment and socket only); the container starts on first use.
/// </summary>
public static class Neo4jTestServer
{
    public const string NoServerReason =
        "no Neo4j: set NEO4J_URI (and NEO4J_USER, NEO4J_PASSWORD) or run a Docker engine for Testcontainers";

    private static readonly Lazy<Source> Decided = new(() => Decide(Variable, DockerAnswers));
    private static readonly Lazy<Task<Neo4jStoreOptions>> Started = new(StartAsync);

    /// <summary>Why no server can be had, or null when one can.</summary>
    public static string? SkipReason => Decided.Value.SkipReason;

    /// <summary>True when tests run against a container started by this run (not a server named by NEO4J_URI).</summary>
    public static bool UsesContainer => Decided.Value.Kind == SourceKind.Docker;

    /// <summary>
    /// Options for the server, ready to answer Cypher (the container is started and awaited on first call). Each call
    /// returns a new record; adjust it with <c>with { ... }</c>.
    /// </summary>
    public static async Task<Neo4jStoreOptions> OptionsAsync()
    {
        if (SkipReason is string reason) throw new InvalidOperationException(reason);
        return await Started.Value with { };
    }

    internal enum SourceKind { Environment, Docker, None }

    internal sealed record Source(SourceKind Kind, string? SkipReason, Neo4jStoreOptions? Options = null);

    /// <summary>The decision, from environment variables and whether Docker answers (separate so it can be specified).</summary>
    internal static Source Decide(Func<string, string?> variable, Func<bool> dockerAnswers)
    {
        var uri = variable("NEO4J_URI");
        if (uri is not null)
        {
            if (!Uri.TryCreate(uri, UriKind.Absolute, out var parsed) || (parsed.Scheme != "http" && parsed.Scheme != "https"))
                return new(SourceKind.None, $"NEO4J_URI '{uri}' is not an http(s) URI of Neo4j's HTTP connector (e.g. http://localhost:7474)");
            return new(SourceKind.Environment, null, new Neo4jStoreOptions
            {
                Uri = parsed,
                User = variable("NEO4J_USER") ?? "neo4j",
                Password = variable("NEO4J_PASSWORD") ?? "",
                Database = variable("NEO4J_DATABASE") ?? "neo4j",
            });
        }
        return dockerAnswers() ? new(SourceKind.Docker, null) : new(SourceKind.None, NoServerReason);
    }

    private static string? Variable(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : null;

    /// <summary>
    /// A Docker engine is assumed to answer when DOCKER_HOST is set (Testcontainers reads it) or when the default unix
    /// socket accepts a connection; a stale socket file alone is not enough.
    /// </summary>
    private static bool DockerAnswers()
    {
        if (Variable("DOCKER_HOST") is not null) return true;
        const string socketPath = "/var/run/docker.sock";
        if (!File.Exists(socketPath)) return false;
        try
        {
            using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
            var connect = socket.ConnectAsync(new UnixDomainSocketEndPoint(socketPath));
            return connect.Wait(TimeSpan.FromSeconds(1)) && socket.Connected;
        }
        catch (Exception exception) when (exception is SocketException or AggregateException or IOException)
        {
            return false;
        }
    }

    private static async Task<Neo4jStoreOptions> StartAsync()
    {
        var source = Decided.Value;
        var options = source.Kind == SourceKind.Environment
            ? source.Options!
            : await Neo4jContainer.StartOnceAsync();
        await WaitUntilCypherAnswersAsync(options, TimeSpan.FromSeconds(90));
        return options;
    }

    /// <summary>
    /// The HTTP root answers before the default database is online; wait for <c>RETURN 1</c> so the first test does
    /// not see a start-up error. Written against raw HTTP so it does not depend on the code under test.
    /// </summary>
    private static async Task WaitUntilCypherAnswersAsync(Neo4jStoreOptions options, TimeSpan patience)
    {
        using var http = new HttpClient { BaseAddress = options.Uri, Timeout = TimeSpan.FromSeconds(10) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.User}:{options.Password}")));
        var deadline = DateTime.UtcNow + patience;
        string last = "no answer";
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                using var content = new StringContent("""{"statements":[{"statement":"RETURN 1"}]}""", Encoding.UTF8, "application/json");
                using var response = await http.PostAsync($"db/{Uri.EscapeDataString(options.Database)}/tx/commit", content);
                var body = await response.Content.ReadAsStringAsync();
                if (response.IsSuccessStatusCode)
                {
                    using var document = JsonDocument.Parse(body);
                    if (document.RootElement.TryGetProperty("errors", out var errors) && errors.GetArrayLength() == 0) return;
                }
                // Wrong credentials or database will not get better by waiting: report them at once.
                if ((int)response.StatusCode is 401 or 429 || body.Contains("DatabaseNotFound", StringComparison.Ordinal))
                    throw new InvalidOperationException($"Neo4j test server at {options.Uri} refused the test settings: {body}");
                last = $"HTTP {(int)response.StatusCode}: {body}";
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or JsonException)
            {
                last = exception.Message;
            }
            await Task.Delay(500);
        }
        throw new InvalidOperationException($"Neo4j test server at {options.Uri} did not answer RETURN 1 within {patience}: {last}");
    }
}
