using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ScoGraph.Api.Tests.Support;

namespace ScoGraph.Api.Tests.Import;

/// <summary>
/// Graceful shutdown (issue 11): a running <c>POST /import</c> finishes the batch it is writing, then stops and answers
/// a summary saying so and which lines were not imported, instead of a stream cut mid-way.
/// </summary>
public sealed class ImportShutdownSpecs
{
    private const int Lines = 40;
    private const int BatchSize = 2;

    [Fact]
    public async Task A_stopping_host_ends_the_import_at_a_batch_boundary_with_a_shutdown_summary()
    {
        SlowWriteStore? slow = null;
        await using var server = await ApiServer.StartAsync(new ApiServerOptions
        {
            Seed = false,
            WrapStore = store => slow = new SlowWriteStore(store),
        });
        var body = new StringBuilder();
        for (var i = 0; i < Lines; i++) body.Append($$"""{"type":"source","id":"shutdown-{{i}}","title":"Source {{i}}"}""").Append('\n');
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/import?batchSize={BatchSize}")
        {
            Content = new StringContent(body.ToString(), Encoding.UTF8, "application/x-ndjson"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "test-key");

        var sending = server.Client.SendAsync(request);
        await slow!.FirstWritten.WaitAsync(TimeSpan.FromSeconds(30));
        await server.StopAsync();
        using var response = await sending;
        var answer = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var summary = answer[^1];
        Assert.Equal("summary", summary.GetProperty("type").GetString());
        Assert.True(summary.GetProperty("stoppedForShutdown").GetBoolean());
        Assert.False(summary.GetProperty("succeeded").GetBoolean());
        var batches = answer.Where(l => l.GetProperty("type").GetString() == "batch").ToList();
        Assert.All(batches, b => Assert.Equal("committed", b.GetProperty("status").GetString()));
        var written = batches.Count * BatchSize;
        Assert.InRange(written, BatchSize, Lines - BatchSize);
        Assert.Equal(written + 1, summary.GetProperty("notImportedFromLine").GetInt32());
        Assert.Equal(Lines, summary.GetProperty("notImportedToLine").GetInt32());
        Assert.Equal(Lines - written, summary.GetProperty("skippedLines").GetInt32());

        // The store holds exactly the committed batches, whole: the first `written` lines and none after.
        var ids = Enumerable.Range(0, Lines).Select(i => $"shutdown-{i}").ToArray();
        var found = await slow.Inner.LoadEntitiesAsync(ids, null, CancellationToken.None);
        Assert.Equal(ids.Take(written).Order(StringComparer.Ordinal), found.Keys.Order(StringComparer.Ordinal));
    }
}
