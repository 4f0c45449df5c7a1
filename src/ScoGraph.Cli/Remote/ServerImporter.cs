using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using ScoGraph.Cli.Output;
using ScoGraph.Domain.Import.Bulk;

namespace ScoGraph.Cli.Remote;

/// <summary>
/// <c>scograph import --server URL</c>: streams the input to the server's <c>POST /import</c> and follows its NDJSON
/// answer (checked, one line per batch, summary), so the server applies exactly the semantics of a direct import.
/// </summary>
public sealed class ServerImporter(Uri server, string? apiKey, BulkImportOptions options, bool gzip)
{
    public const string Path = "import";

    /// <summary>The body's exact size when known in advance (sent as <c>Content-Length</c>, else the body is chunked).</summary>
    public long? BodyLength { get; init; }

    /// <summary>Called for each batch the server reports, with where to write and how to name lines.</summary>
    public Action<TextWriter, BatchReport, Func<int, string>>? OnBatch { get; init; }

    public async Task<(BulkImportSummary Summary, Func<int, string> Locate)> ImportAsync(
        IReadOnlyList<(string Name, Func<Stream> Open)> inputs, long? totalBytes, IProgressSink progress, TextWriter messages, CancellationToken cancellationToken)
    {
        using var client = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        var content = new UploadContent(inputs, gzip, sent =>
            progress.Report(new ImportProgress(ImportPhase.Checking, 0, sent, totalBytes, 0, 0, 0, 0)), BodyLength);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-ndjson");
        if (gzip) content.Headers.ContentEncoding.Add("gzip");
        using var request = new HttpRequestMessage(HttpMethod.Post, Endpoint()) { Content = content };
        if (apiKey is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);

        HttpResponseMessage response;
        try
        {
            response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            throw new CliException(ExitCodes.Unreachable, $"cannot reach {server}: {e.Message}", e);
        }

        try
        {
            return await FollowAsync(response, content, totalBytes, progress, messages, cancellationToken);
        }
        catch (Exception e) when (e is IOException or HttpRequestException)
        {
            // The server went away mid-answer (killed, restarted): committed batches stay; a re-run completes the import.
            throw new CliException(ExitCodes.Unreachable, $"lost the connection to {server} during the import ({e.Message}); run the same import again to complete it", e);
        }
        finally
        {
            response.Dispose();
        }
    }

    private async Task<(BulkImportSummary Summary, Func<int, string> Locate)> FollowAsync(HttpResponseMessage response, UploadContent content,
        long? totalBytes, IProgressSink progress, TextWriter messages, CancellationToken cancellationToken)
    {
        {
            await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            using var reader = new StreamReader(body);
            if (response.StatusCode != HttpStatusCode.OK)
                throw Refusal(response.StatusCode, await reader.ReadToEndAsync(cancellationToken));

            int created = 0, updated = 0, unchanged = 0, rejected = 0, lines = 0, facts = 0;
            while (await reader.ReadLineAsync(cancellationToken) is { } text)
            {
                if (string.IsNullOrWhiteSpace(text)) continue;
                using var message = JsonDocument.Parse(text);
                var root = message.RootElement;
                switch (root.GetProperty("type").GetString())
                {
                    case "checked":
                        lines = root.GetProperty("lines").GetInt32();
                        progress.Report(new ImportProgress(ImportPhase.Checking, lines, totalBytes ?? 0, totalBytes, 0, 0, 0, 0));
                        break;
                    case "batch":
                        var batch = ImportWire.ReadBatch(root);
                        OnBatch?.Invoke(messages, batch, content.Locate);
                        created += batch.Created;
                        updated += batch.Updated;
                        unchanged += batch.Unchanged;
                        facts += batch.Facts;
                        if (batch.Status == BatchStatus.Rejected) rejected += batch.Lines;
                        var done = lines > 0 && totalBytes is > 0 ? (long)((double)batch.LastLine / Math.Max(lines, 1) * totalBytes.Value) : 0;
                        progress.Report(new ImportProgress(ImportPhase.Writing, batch.LastLine, done, totalBytes, created, updated, unchanged, rejected) { Facts = facts });
                        break;
                    case "summary":
                        return (ImportWire.ReadSummary(root), content.Locate);
                    case "error":
                        throw Refusal(HttpStatusCode.OK, text);
                }
            }
            throw new CliException(ExitCodes.Unreachable, $"{server} ended its answer before the summary (the server stopped?); run the same import again to complete it");
        }
    }

    private Uri Endpoint()
    {
        var query = $"?batchSize={options.BatchSize}&mode={Mode(options.Mode)}&dryRun={(options.DryRun ? "true" : "false")}";
        var root = server.AbsoluteUri.EndsWith('/') ? server : new Uri(server.AbsoluteUri + "/");
        return new Uri(root, Path + query);
    }

    private static string Mode(ImportMode mode) => mode switch
    {
        ImportMode.ContinueOnError => "continue",
        ImportMode.AllOrNothing => "all",
        _ => "stop",
    };

    /// <summary>A refusal's exit code from its status and the error code in the answer.</summary>
    private CliException Refusal(HttpStatusCode status, string body)
    {
        string? code = null, message = null;
        try
        {
            using var json = JsonDocument.Parse(body.Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "{}");
            code = json.RootElement.TryGetProperty("code", out var c) ? c.GetString() : null;
            message = json.RootElement.TryGetProperty("message", out var m) ? m.GetString() : null;
        }
        catch (JsonException)
        {
            // Not our endpoint's answer (a proxy page, another server): show the status alone.
        }
        var text = $"{server}: {(int)status} {message ?? status.ToString()}";
        var exit = (status, code) switch
        {
            (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden, _) or (_, "UNAUTHENTICATED" or "FORBIDDEN") => ExitCodes.Unauthorized,
            (HttpStatusCode.ServiceUnavailable or HttpStatusCode.BadGateway or HttpStatusCode.GatewayTimeout, _) or (_, "STORE_UNAVAILABLE") => ExitCodes.Unreachable,
            (HttpStatusCode.NotFound, _) => ExitCodes.Unreachable,
            (HttpStatusCode.BadRequest or HttpStatusCode.UnsupportedMediaType, _) => ExitCodes.UsageError,
            _ => ExitCodes.LinesRejected,
        };
        return new CliException(exit, text);
    }
}
