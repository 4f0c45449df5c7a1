using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using ScoGraph.Api.Benchmarks;
using ScoGraph.Api.Hosting;
using ScoGraph.GraphQL.AspNetCore;
using ScoGraph.GraphQL.Execution;

// Usage: dotnet run -c Release --project bench/ScoGraph.Api.Benchmarks [-- --runs 3000 --warmup 1000]
// Starts the real server (Kestrel on 127.0.0.1, a temp store seeded with the dataset) in this process and measures the
// as-of membership query through HTTP against the same store calls made directly. Target: HTTP / direct <= 1.3.
// Also shows where the difference goes: the same query executed by the GraphQL server without HTTP, an HTTP
// request that touches no store at all ({ __typename }), the direct calls made right after such a round trip (as the
// server's store work always is: on cores that just idled and ran the HTTP stack), and the lowest ratio the bare round
// trip leaves possible on this machine; then one request split into outside the server, the store calls inside it,
// and the rest of the server's work.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

var runs = IntOption("--runs") ?? 3000;
var warmUp = IntOption("--warmup") ?? 1000;
const string Query = """{ membership(asOf: "2020-01-01") { state { iso3 name } status since certainty } }""";
var day = new DateOnly(2020, 1, 1);

var folder = Directory.CreateTempSubdirectory("scograph-api-bench-");
try
{
    CallCountingStore? counting = null;
    await using var app = await ScoGraphHost.BuildAsync(
        [
            "--urls", "http://127.0.0.1:0",
            $"--ScoGraph:Sqlite:Path={Path.Combine(folder.FullName, "scograph.db")}",
            "--Logging:LogLevel:Default=Warning",
        ],
        new ScoGraphHostSetup { WrapStore = store => counting = new CallCountingStore(store) });
    // Time inside the server per request (from the first middleware to the response written), for the split below.
    long serverTicks = 0;
    app.Use(async (context, next) =>
    {
        var start = System.Diagnostics.Stopwatch.GetTimestamp();
        await next(context);
        Interlocked.Add(ref serverTicks, System.Diagnostics.Stopwatch.GetTimestamp() - start);
    });
    await app.StartAsync();
    var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

    using var client = new HttpClient { BaseAddress = new Uri(address) };
    async Task<string> PostAsync(string query)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }

    var store = counting!;
    var direct = new DirectMembershipQuery(store);
    var graphQL = app.Services.GetRequiredService<GraphQLServer>();
    var operation = new HttpOperationRequest(Query, null, null, null, null);
    async Task<ExecutionResult> InProcessAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var outcome = await graphQL.ExecuteAsync(operation, viaGet: false, reportCost: false, scope.ServiceProvider, CancellationToken.None);
        return outcome?.Result is { Errors: null or { Count: 0 } } result ? result : throw new InvalidOperationException("The in-process execution failed.");
    }

    // Both paths must answer the same rows before their speed means anything.
    var before = store.Calls;
    var answer = JsonDocument.Parse(await PostAsync(Query)).RootElement;
    var callsPerRequest = store.Calls - before;
    if (answer.TryGetProperty("errors", out var errors)) throw new InvalidOperationException($"The query failed: {errors}");
    var httpRows = answer.GetProperty("data").GetProperty("membership").GetArrayLength();
    before = store.Calls;
    var directRows = (await direct.RunAsync(day)).Count;
    var directCalls = store.Calls - before;
    if (httpRows != directRows) throw new InvalidOperationException($"HTTP answered {httpRows} entries, the direct path {directRows}.");

    Console.WriteLine($"ScoGraph API benchmark — {Environment.ProcessorCount} cores, .NET {Environment.Version}, server at {address}");
    Console.WriteLine($"query: {Query}");
    Console.WriteLine($"       {httpRows} entries; store calls per request: {callsPerRequest} through the API, {directCalls} direct");
    Console.WriteLine($"       {warmUp} warm-up runs each, then {runs} measured runs each, interleaved in 10 rounds");
    Console.WriteLine();

    var results = await LatencyProbe.MeasureAsync(
    [
        new("through HTTP (HttpClient → Kestrel → GraphQL → store)", () => PostAsync(Query)),
        new("direct store + domain calls, same process", () => direct.RunAsync(day)),
        new("breakdown: GraphQL server without HTTP", InProcessAsync),
        new("breakdown: GraphQL server + JSON bytes, without HTTP", async () => ExecutionResultJson.ToUtf8Bytes(await InProcessAsync())),
        new("breakdown: HTTP round trip of { __typename }", () => PostAsync("{ __typename }")),
        // The direct calls made right after an HTTP round trip, the state the server's store work always runs in:
        // the cores have just waited on sockets (idle) and run the HTTP stack, so their caches are no longer warm
        // with the store's pages and code. Minus the bare round trip, this is what the direct calls cost in that state.
        new("breakdown: { __typename } over HTTP, then direct calls", async () =>
        {
            await PostAsync("{ __typename }");
            await direct.RunAsync(day);
        }),
    ], warmUp, runs);
    foreach (var result in results)
    {
        Console.WriteLine($"  {result.Name,-56} median {result.MedianMs,7:F3} ms   p95 {result.P95Ms,7:F3} ms");
    }
    var (overHttp, directly, inProcess, serialized, bare, afterHttp) = (results[0], results[1], results[2], results[3], results[4], results[5]);
    var ratio = overHttp.MedianMs / directly.MedianMs;
    Console.WriteLine();
    Console.WriteLine($"  ratio HTTP / direct (median): {ratio:F2}  (target <= 1.3) {(ratio <= 1.3 ? "OK" : "MISSED")}");
    Console.WriteLine($"  ratio HTTP / direct (p95):    {overHttp.P95Ms / directly.P95Ms:F2}");
    Console.WriteLine($"  where the difference goes (medians): GraphQL execution +{inProcess.MedianMs - directly.MedianMs:F3} ms, " +
                      $"JSON +{serialized.MedianMs - inProcess.MedianMs:F3} ms, HTTP +{overHttp.MedianMs - serialized.MedianMs:F3} ms");
    // The server's work always follows a round trip, so its store calls never run as warm as the direct loop's.
    var coldDirect = afterHttp.MedianMs - bare.MedianMs;
    Console.WriteLine($"  direct calls right after an HTTP round trip: about {coldDirect:F3} ms ({coldDirect - directly.MedianMs:+0.000;-0.000} ms over the warm loop)");
    // Every HTTP answer costs at least the direct calls plus a bare round trip: no server code can go below this.
    Console.WriteLine($"  lowest ratio this machine allows, (direct + bare round trip) / direct: {(directly.MedianMs + bare.MedianMs) / directly.MedianMs:F2}");


    // Where one request's time goes, request by request: outside the server (HttpClient, loopback, Kestrel's socket
    // I/O), inside it (HTTP handling, GraphQL, JSON), and the store calls within, against the same calls made directly.
    var split = new List<(double Total, double Server, double Store)>(runs);
    var directStore = new List<double>(runs);
    for (var i = 0; i < runs; i++)
    {
        var (serverBefore, storeBefore) = (Interlocked.Read(ref serverTicks), store.Elapsed);
        var start = System.Diagnostics.Stopwatch.GetTimestamp();
        await PostAsync(Query);
        var total = System.Diagnostics.Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        split.Add((total, System.Diagnostics.Stopwatch.GetElapsedTime(serverBefore, Interlocked.Read(ref serverTicks)).TotalMilliseconds,
            (store.Elapsed - storeBefore).TotalMilliseconds));
        storeBefore = store.Elapsed;
        await direct.RunAsync(day);
        directStore.Add((store.Elapsed - storeBefore).TotalMilliseconds);
    }
    static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted[sorted.Length / 2];
    }
    var (serverMs, storeMs, directStoreMs) = (Median(split.Select(s => s.Server)), Median(split.Select(s => s.Store)), Median(directStore));
    Console.WriteLine($"  one request, split (medians of {runs}): outside the server (client, loopback, socket I/O) {Median(split.Select(s => s.Total - s.Server)):F3} ms; " +
                      $"inside {serverMs:F3} ms = store calls {storeMs:F3} ms + the rest {Median(split.Select(s => s.Server - s.Store)):F3} ms");
    Console.WriteLine($"  the same store calls made directly, alternating with those requests: {directStoreMs:F3} ms");
    // Even a server whose only work were the store calls would pay the outside-the-server part of every request.
    var outside = Median(split.Select(s => s.Total - s.Server));
    Console.WriteLine($"  lowest ratio for a server that adds nothing to the store calls, (direct + outside) / direct: {(directly.MedianMs + outside) / directly.MedianMs:F2}");

    await app.StopAsync();
}
finally
{
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    try { folder.Delete(recursive: true); } catch (IOException) { }
}
return 0;

int? IntOption(string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : null;
}
