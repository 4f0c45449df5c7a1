using System.Diagnostics;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using ScoGraph.Api.Tests.Support;

namespace ScoGraph.Api.Tests.Operations;

/// <summary>
/// A request traced and measured end to end with OpenTelemetry's in-memory exporter: the request span named after
/// its GraphQL operation, store spans under it with call and rows, and the request, error and store metrics.
/// </summary>
public sealed class TelemetrySpecs
{
    [Fact]
    public async Task A_request_leaves_its_operation_span_store_spans_and_metrics()
    {
        var spans = new List<Activity>();
        var metrics = new List<Metric>();
        await using var server = await ApiServer.StartAsync(new ApiServerOptions
        {
            ConfigureTracing = tracing => tracing.AddInMemoryExporter(spans),
            ConfigureMetrics = meters => meters.AddInMemoryExporter(metrics),
        });

        using var response = await server.Client.PostAsJsonAsync("/graphql", new
        {
            query = "query StateByIso { state(iso3: \"IND\") { name } nope: state(iso3: 12) { name } }",
            operationName = "StateByIso",
        });
        await server.QueryAsync("query Good { state(iso3: \"IND\") { name } }");

        var request = await WaitForAsync(() => Snapshot(spans).FirstOrDefault(s => s.DisplayName == "query Good"),
            () => string.Join(", ", Snapshot(spans).Select(s => $"{s.Source.Name}:{s.DisplayName}")));
        Assert.Equal("Good", request.GetTagItem("graphql.operation.name"));
        Assert.Equal("query", request.GetTagItem("graphql.operation.type"));
        Assert.Equal(ActivityKind.Server, request.Kind);

        var storeSpans = Snapshot(spans).Where(s => s.Source.Name == "ScoGraph.Store" && s.TraceId == request.TraceId).ToArray();
        Assert.NotEmpty(storeSpans);
        Assert.All(storeSpans, s =>
        {
            Assert.NotNull(s.GetTagItem("scograph.store.call"));
            Assert.NotNull(s.GetTagItem("scograph.store.rows"));
            Assert.NotEqual(default, s.ParentSpanId);
        });
        Assert.Contains(storeSpans, s => (int)s.GetTagItem("scograph.store.rows")! >= 1);

        // The engine's phases: parse and validate of a document not seen before, execute, and the DataLoader batches.
        var engine = Snapshot(spans).Where(s => s.Source.Name == "ScoGraph.GraphQL" && s.TraceId == request.TraceId).ToArray();
        Assert.Contains(engine, s => s.DisplayName == "graphql.parse" && s.ParentSpanId == request.SpanId);
        Assert.Contains(engine, s => s.DisplayName == "graphql.validate");
        var execute = Assert.Single(engine, s => s.DisplayName == "graphql.execute");
        Assert.Equal("Good", execute.GetTagItem("graphql.operation.name"));
        Assert.Contains(engine, s => s.DisplayName == "graphql.dataloader.batch" && s.GetTagItem("graphql.dataloader.keys") is int keys && keys >= 1);

        // The request's duration is recorded as its response completes, which may be just after the client has read it.
        var meterProvider = server.Services.GetRequiredService<MeterProvider>();
        await WaitForAsync(() =>
        {
            meterProvider.ForceFlush();
            return Snapshot(metrics).LastOrDefault(m => m.Name == "scograph.graphql.request.duration") is { } recorded
                && Points(recorded).Any(p => Tag(p, "graphql.operation.name") == "Good") ? recorded : null;
        }, () => string.Join(", ", Snapshot(metrics).Select(m => m.Name)));
        var names = Snapshot(metrics).Select(m => m.Name).ToHashSet();
        Assert.Contains("scograph.graphql.request.duration", names);
        Assert.Contains("scograph.store.call.duration", names);
        Assert.Contains("scograph.graphql.errors", names);

        var duration = Snapshot(metrics).Last(m => m.Name == "scograph.graphql.request.duration");
        Assert.Contains(Points(duration), p => Tag(p, "graphql.operation.name") == "Good" && Tag(p, "graphql.operation.type") == "query");
        var errors = Snapshot(metrics).Last(m => m.Name == "scograph.graphql.errors");
        Assert.Contains(Points(errors), p => Tag(p, "graphql.error.code") is not null && p.GetSumLong() >= 1);
    }

    [Fact]
    public async Task Without_an_OTLP_endpoint_or_an_exporter_OpenTelemetry_is_not_started()
    {
        await using var server = await ApiServer.StartAsync(new ApiServerOptions { Seed = false });
        Assert.Null(server.Services.GetService<MeterProvider>());
    }

    // The exporters append from their own threads; a copy taken mid-append is simply taken again.
    [Fact]
    public async Task An_OTLP_endpoint_turns_tracing_and_metrics_on()
    {
        // Nothing listens there: the exporter's failures must not disturb serving (nor stopping, within its timeout).
        await using var server = await ApiServer.StartAsync(new ApiServerOptions
        {
            Seed = false,
            Settings = new Dictionary<string, string?>
            {
                ["OTEL_EXPORTER_OTLP_ENDPOINT"] = "http://127.0.0.1:9",
                ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
                ["OTEL_EXPORTER_OTLP_TIMEOUT"] = "500",
            },
        });

        Assert.NotNull(server.Services.GetService<TracerProvider>());
        Assert.NotNull(server.Services.GetService<MeterProvider>());
        var answer = await server.QueryAsync("{ __typename }");
        Assert.Equal("Query", answer.Data().GetProperty("__typename").GetString());
    }

    // The exporters append from their own threads; a copy taken mid-append is simply taken again.
    private static T[] Snapshot<T>(List<T> items)
    {
        while (true)
        {
            try
            {
                return items.ToArray();
            }
            catch (ArgumentException)
            {
            }
            catch (InvalidOperationException)
            {
            }
        }
    }

    private static List<MetricPoint> Points(Metric metric)
    {
        var points = new List<MetricPoint>();
        foreach (ref readonly var point in metric.GetMetricPoints()) points.Add(point);
        return points;
    }

    private static string? Tag(MetricPoint point, string key)
    {
        foreach (var tag in point.Tags)
        {
            if (tag.Key == key) return tag.Value?.ToString();
        }
        return null;
    }

    // The request span ends after the response is sent, so it may reach the exporter a moment after the client returns.
    private static async Task<T> WaitForAsync<T>(Func<T?> find, Func<string> seen) where T : class
    {
        for (var i = 0; i < 100; i++)
        {
            if (find() is { } found) return found;
            await Task.Delay(50);
        }
        throw new TimeoutException("the expected telemetry never arrived; seen: " + seen());
    }
}
