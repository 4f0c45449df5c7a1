using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ScoGraph.Storage.Neo4j.Tests.Support;

/// <summary>A request the replay server received.</summary>
public sealed record ReceivedRequest(string Method, string Path, string Body, string? Authorization, string? Accept, string? ContentType,
    IReadOnlyDictionary<string, string>? Headers = null);

/// <summary>What the replay server answers: status, headers and a body (recorded, or written for the test).</summary>
public sealed record ReplayAnswer(int Status, byte[] Body, IReadOnlyDictionary<string, string>? Headers = null, TimeSpan Delay = default)
{
    public static ReplayAnswer Json(int status, string body, IReadOnlyDictionary<string, string>? headers = null) =>
        new(status, Encoding.UTF8.GetBytes(body), headers);

    /// <summary>A recorded exchange's answer; Location (if any) is kept as Neo4j sent it.</summary>
    public static ReplayAnswer From(RecordedExchange exchange) =>
        new(exchange.Status, exchange.ResponseBytes(),
            exchange.ResponseHeaders.Where(h => h.Key is "Location" or "WWW-Authenticate").ToDictionary(h => h.Key, h => h.Value));
}

/// <summary>
/// A Kestrel server on 127.0.0.1 (random port) that answers the transport's requests from a script of answers, in
/// order, and records what it was asked: a recorded-protocol test of the transport, not a database.
/// </summary>
public sealed class ReplayServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Func<ReceivedRequest, ReplayAnswer>> _script = new();
    private readonly ConcurrentQueue<ReceivedRequest> _received = new();

    private ReplayServer(WebApplication app) => _app = app;

    public Uri Uri { get; private set; } = null!;

    public IReadOnlyList<ReceivedRequest> Received => [.. _received];

    /// <summary>Answers still queued (a test that expects all of them used checks this is 0).</summary>
    public int Pending => _script.Count;

    public static async Task<ReplayServer> StartAsync()
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0));
        builder.Services.AddRoutingCore();
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new ReplayServer(app);
        app.Run(server.AnswerAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Uri = new Uri(address);
        return server;
    }

    /// <summary>Queues answers, given in the order the requests will arrive.</summary>
    public ReplayServer Then(params ReplayAnswer[] answers)
    {
        foreach (var answer in answers) _script.Enqueue(_ => answer);
        return this;
    }

    /// <summary>Queues an answer computed from the request.</summary>
    public ReplayServer Then(Func<ReceivedRequest, ReplayAnswer> answer)
    {
        _script.Enqueue(answer);
        return this;
    }

    private async Task AnswerAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        var request = new ReceivedRequest(context.Request.Method, context.Request.Path + context.Request.QueryString, body,
            context.Request.Headers.Authorization.FirstOrDefault(), context.Request.Headers.Accept.FirstOrDefault(),
            context.Request.ContentType,
            context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase));
        _received.Enqueue(request);
        if (!_script.TryDequeue(out var next))
        {
            context.Response.StatusCode = 599;
            await context.Response.WriteAsync("the replay script has no answer left for " + request.Path);
            return;
        }
        var answer = next(request);
        if (answer.Delay > TimeSpan.Zero)
        {
            try { await Task.Delay(answer.Delay, context.RequestAborted); }
            catch (OperationCanceledException) { return; }
        }
        context.Response.StatusCode = answer.Status;
        context.Response.ContentType = "application/json";
        foreach (var (name, value) in answer.Headers ?? new Dictionary<string, string>())
            context.Response.Headers[name] = value;
        await context.Response.Body.WriteAsync(answer.Body);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
