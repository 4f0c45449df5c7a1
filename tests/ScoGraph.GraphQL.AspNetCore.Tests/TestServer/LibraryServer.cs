using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ScoGraph.GraphQL.AspNetCore.Tests.TestServer;

/// <summary>
/// The library schema served by a real Kestrel server on a free 127.0.0.1 port, so tests (and the node tools:
/// graphql-http's audits, Chromium) talk to it over real HTTP.
/// </summary>
public sealed class LibraryServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LibraryServer(WebApplication app, LibraryData data, Uri baseAddress)
    {
        _app = app;
        Data = data;
        BaseAddress = baseAddress;
        // No automatic redirects: tests check the redirect itself.
        Client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
    }

    public LibraryData Data { get; }

    public Uri BaseAddress { get; }

    public Uri Endpoint => new(BaseAddress, "/graphql");

    public HttpClient Client { get; }

    /// <summary>The server's services (e.g. a diagnostic listener a test registered).</summary>
    public IServiceProvider Services => _app.Services;

    /// <param name="configure">GraphQL options for this server.</param>
    /// <param name="configureApp">Extra services and middleware (e.g. CORS), and conventions for the mapped endpoint.</param>
    public static async Task<LibraryServer> StartAsync(Action<GraphQLServerOptions>? configure = null, AppSetup? configureApp = null)
    {
        var data = new LibraryData();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddGraphQLServer(LibrarySchema.Create(data), options =>
        {
            options.IdeTitle = "Library";
            configure?.Invoke(options);
        });
        configureApp?.Services?.Invoke(builder.Services);
        var app = builder.Build();
        configureApp?.Middleware?.Invoke(app);
        var endpoint = app.MapGraphQL("/graphql");
        configureApp?.Endpoint?.Invoke(endpoint);
        await app.StartAsync();

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new LibraryServer(app, data, new Uri(address));
    }

    /// <summary>POSTs a raw body with the given content type and Accept header (null: header left out).</summary>
    public async Task<GraphQLHttpResponse> PostAsync(string body, string? accept = null, string? contentType = "application/json",
        IReadOnlyDictionary<string, string>? headers = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql");
        request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        return await SendAsync(request, accept, contentType, headers);
    }

    public async Task<GraphQLHttpResponse> PostBytesAsync(byte[] body, string? accept = null, string? contentType = "application/json")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql");
        request.Content = new ByteArrayContent(body);
        return await SendAsync(request, accept, contentType, null);
    }

    /// <summary>POSTs a body without Content-Length (chunked transfer encoding), as streaming clients do.</summary>
    public async Task<GraphQLHttpResponse> PostChunkedAsync(string body, string? accept = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql");
        request.Content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(body)));
        request.Headers.TransferEncodingChunked = true;
        return await SendAsync(request, accept, "application/json", null);
    }

    /// <summary>Sends any method (PUT, DELETE...) with a JSON body.</summary>
    public async Task<GraphQLHttpResponse> SendAsync(HttpMethod method, string body, string? accept = null)
    {
        using var request = new HttpRequestMessage(method, "/graphql");
        request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        return await SendAsync(request, accept, "application/json", null);
    }

    /// <summary>POSTs <c>{"query": ..., "variables": ...}</c>.</summary>
    public Task<GraphQLHttpResponse> QueryAsync(string query, object? variables = null, string? accept = null,
        IReadOnlyDictionary<string, string>? headers = null) =>
        PostAsync(JsonSerializer.Serialize(new { query, variables }), accept, headers: headers);

    public async Task<GraphQLHttpResponse> GetAsync(string pathAndQuery, string? accept = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, pathAndQuery);
        return await SendAsync(request, accept, null, null);
    }

    private async Task<GraphQLHttpResponse> SendAsync(HttpRequestMessage request, string? accept, string? contentType,
        IReadOnlyDictionary<string, string>? headers)
    {
        if (accept is not null) request.Headers.TryAddWithoutValidation("Accept", accept);
        if (request.Content is not null)
        {
            request.Content.Headers.ContentType = null;
            if (contentType is not null) request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }
        foreach (var (name, value) in headers ?? new Dictionary<string, string>()) request.Headers.TryAddWithoutValidation(name, value);
        using var response = await Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return new GraphQLHttpResponse(
            (int)response.StatusCode,
            response.Content.Headers.ContentType?.ToString(),
            text,
            response.Headers.Location,
            response.Content.Headers.Allow.Count > 0 ? string.Join(", ", response.Content.Headers.Allow) : null);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>Hooks into the test server's setup: services, middleware, and conventions on the GraphQL endpoint.</summary>
public sealed record AppSetup(
    Action<IServiceCollection>? Services = null,
    Action<WebApplication>? Middleware = null,
    Action<IEndpointConventionBuilder>? Endpoint = null);

/// <summary>What a test needs from a response: status, content type, body (and its JSON), redirect, Allow.</summary>
public sealed record GraphQLHttpResponse(int Status, string? ContentType, string Body, Uri? Location, string? Allow)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    public bool HasData => Json.ValueKind == JsonValueKind.Object && Json.TryGetProperty("data", out _);

    public IReadOnlyList<JsonElement> Errors =>
        Json.TryGetProperty("errors", out var errors) ? errors.EnumerateArray().ToArray() : [];

    public string? FirstErrorCode =>
        Errors.Count > 0 && Errors[0].TryGetProperty("extensions", out var ext) && ext.TryGetProperty("code", out var code)
            ? code.GetString() : null;

    public string? FirstErrorMessage => Errors.Count > 0 ? Errors[0].GetProperty("message").GetString() : null;

    public override string ToString() => $"{Status} {ContentType}: {Body[..Math.Min(Body.Length, 500)]}";
}
