using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ScoGraph.Domain.Import.Bulk;
using ScoGraph.Domain.Ports;

namespace ScoGraph.Api.Import;

/// <summary>
/// <c>POST /import</c>: a JSON Lines body (<c>application/x-ndjson</c>, optionally <c>Content-Encoding: gzip</c>)
/// imported with <see cref="BulkImporter"/>, streamed to a spool file (never held in memory), API key required.
/// Query: <c>batchSize</c>, <c>mode</c> (<c>stop</c> | <c>continue</c> | <c>all</c>), <c>dryRun</c>. The answer is
/// NDJSON (<see cref="ImportWire"/>): <c>checked</c> once the body is read, one <c>batch</c> per batch as it
/// commits, then the <c>summary</c>. When the host stops, the batch being written finishes and the summary says
/// <c>stoppedForShutdown</c> with the lines not imported.
/// </summary>
public static class ImportEndpoint
{
    public const string DefaultPath = "/import";

    private static readonly string[] AcceptedTypes = ["application/x-ndjson", "application/jsonl", "application/x-jsonlines", "application/json-lines", "text/plain"];

    public static IEndpointConventionBuilder MapImportEndpoint(this IEndpointRouteBuilder endpoints, string path = DefaultPath) =>
        endpoints.MapPost(path, HandleAsync);

    private static async Task HandleAsync(HttpContext http)
    {
        var configuration = http.RequestServices.GetRequiredService<IConfiguration>();
        var settings = configuration.GetSection(ImportEndpointOptions.Section).Get<ImportEndpointOptions>() ?? new ImportEndpointOptions();

        var (writer, refusal) = HttpApiKey.Authorize(http, configuration);
        if (refusal is { } refused)
        {
            await RefuseAsync(http, refused.Status, refused.Code, refused.Message);
            return;
        }
        var contentType = http.Request.ContentType?.Split(';')[0].Trim();
        if (contentType is not null && !AcceptedTypes.Contains(contentType, StringComparer.OrdinalIgnoreCase))
        {
            await RefuseAsync(http, StatusCodes.Status415UnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE",
                $"Send JSON Lines as application/x-ndjson (optionally with Content-Encoding: gzip), not {contentType}.");
            return;
        }
        if (ReadOptions(http.Request.Query, settings) is not { } options)
        {
            await RefuseAsync(http, StatusCodes.Status400BadRequest, "BAD_REQUEST",
                $"Query: batchSize=1..{settings.MaxBatchSize}, mode=stop|continue|all, dryRun=true|false.");
            return;
        }
        var limit = settings.MaxBodySize;
        if (limit > 0 && http.Request.ContentLength > limit)
        {
            await RefuseAsync(http, StatusCodes.Status413PayloadTooLarge, "REQUEST_TOO_LARGE", TooLargeMessage(limit));
            return;
        }
        // Our limit governs, not Kestrel's 30 MB default.
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
            bodySize.MaxRequestBodySize = limit > 0 ? limit : null;

        var gzip = http.Request.Headers.ContentEncoding.Any(e => string.Equals(e?.Trim(), "gzip", StringComparison.OrdinalIgnoreCase));
        var store = http.RequestServices.GetRequiredService<ITimelineStore>();
        var response = http.Response;
        var started = false;

        async ValueTask WriteLineAsync(string json, CancellationToken cancellationToken)
        {
            if (!started)
            {
                response.StatusCode = StatusCodes.Status200OK;
                response.ContentType = "application/x-ndjson; charset=utf-8";
                started = true;
            }
            await response.WriteAsync(json + "\n", Encoding.UTF8, cancellationToken);
            await response.Body.FlushAsync(cancellationToken);
        }

        var importer = new BulkImporter(store, options with { RecordedBy = writer!.Name })
        {
            // Nothing is answered before the whole body is read: some clients stop sending once an answer begins.
            OnChecked = (progress, errors, ct) => WriteLineAsync(ImportWire.Checked(progress.Lines, errors), ct),
            OnBatch = (report, ct) => WriteLineAsync(ImportWire.Batch(report), ct),
            // A stopping host ends the import at a batch boundary and still answers the summary, instead of a cut stream.
            Stopping = http.RequestServices.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping,
        };
        await using var input = ImportInput.FromStream("body", http.Request.Body, gzip, settings.SpoolDirectory, http.Request.ContentLength);
        try
        {
            var summary = await importer.ImportAsync(input, http.RequestAborted);
            await WriteLineAsync(ImportWire.Summary(summary), http.RequestAborted);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            await FailAsync(http, started, StatusCodes.Status413PayloadTooLarge, "REQUEST_TOO_LARGE", TooLargeMessage(limit));
        }
        catch (StoreUnavailableException e)
        {
            await FailAsync(http, started, StatusCodes.Status503ServiceUnavailable, "STORE_UNAVAILABLE", e.Message);
        }
    }

    public static string TooLargeMessage(long limit) =>
        $"The import body exceeds the maximum of {limit} bytes; raise ScoGraph:Import:MaxBodySize, or split the input.";

    private static BulkImportOptions? ReadOptions(IQueryCollection query, ImportEndpointOptions settings)
    {
        var batchSize = settings.BatchSize;
        if (query.TryGetValue("batchSize", out var size) && (!int.TryParse(size, out batchSize) || batchSize < 1 || batchSize > settings.MaxBatchSize))
            return null;
        ImportMode? mode = query["mode"].ToString() switch
        {
            "" or "stop" => ImportMode.StopOnError,
            "continue" => ImportMode.ContinueOnError,
            "all" => ImportMode.AllOrNothing,
            _ => null,
        };
        bool? dryRun = query["dryRun"].ToString() switch
        {
            "" or "false" => false,
            "true" => true,
            _ => null,
        };
        return mode is null || dryRun is null ? null : new BulkImportOptions { BatchSize = batchSize, Mode = mode.Value, DryRun = dryRun.Value };
    }

    private static async Task RefuseAsync(HttpContext http, int status, string code, string message)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/x-ndjson; charset=utf-8";
        await http.Response.WriteAsync(ImportWire.Error(code, message) + "\n", Encoding.UTF8);
    }

    /// <summary>After the answer began, the status is sent: the failure becomes the last line.</summary>
    private static async Task FailAsync(HttpContext http, bool started, int status, string code, string message)
    {
        if (!started)
        {
            await RefuseAsync(http, status, code, message);
            return;
        }
        await http.Response.WriteAsync(ImportWire.Error(code, message) + "\n", Encoding.UTF8);
    }
}
