using System.Text;
using Microsoft.Extensions.Logging;
using ScoGraph.Domain.Import;
using ScoGraph.Domain.Model;
using ScoGraph.Domain.Ports;

namespace ScoGraph.Api.Hosting;

/// <summary>Loads the shipped SCO dataset into an empty store, as one atomic import of all files in name order.</summary>
public static class DatasetSeeder
{
    /// <summary>Seeds when the store holds nothing yet; returns how many lines were imported (0 when it was not empty).</summary>
    public static async Task<int> SeedIfEmptyAsync(ITimelineStore store, ILogger logger, CancellationToken cancellationToken)
    {
        if (!await IsEmptyAsync(store, cancellationToken))
        {
            logger.LogInformation("The store already holds data; the dataset is not loaded again.");
            return 0;
        }

        var files = EmbeddedFiles.DatasetFiles();
        if (files.Count == 0) throw new StartupException("No dataset files are embedded in ScoGraph.Api (Data/*.jsonl); rebuild the project.");

        // One text, so the whole dataset is one batch; remember where each file starts to report errors by file.
        var text = new StringBuilder();
        var starts = new List<(int FirstLine, string Name)>();
        var line = 1;
        foreach (var (name, content) in files)
        {
            starts.Add((line, name));
            var body = content.EndsWith('\n') ? content : content + "\n";
            text.Append(body);
            line += body.Count(c => c == '\n');
        }

        var report = await new Importer(store).ImportAsync(text.ToString(), cancellationToken);
        if (!report.Succeeded)
        {
            var problems = report.Errors.Take(20).Select(e =>
            {
                var file = starts.Last(s => s.FirstLine <= e.Line);
                return $"  {file.Name} line {e.Line - file.FirstLine + 1}: {e.Message}";
            });
            throw new StartupException(
                $"Loading the dataset failed ({report.Errors.Count} error(s)); nothing was written:\n{string.Join("\n", problems)}");
        }

        logger.LogInformation(
            "Loaded the SCO dataset: {Lines} lines from {Files} files ({Created} created, {Unchanged} unchanged).",
            report.Lines, files.Count, report.Count(WriteOutcome.Created), report.Count(WriteOutcome.Unchanged));
        return report.Lines;
    }

    private static async Task<bool> IsEmptyAsync(ITimelineStore store, CancellationToken cancellationToken)
    {
        foreach (var kind in Enum.GetValues<EntityKind>())
        {
            var page = await store.FindEntitiesAsync(new EntityQuery(kind, Page: new PageRequest(First: 1)), cancellationToken);
            if (page.Items.Count > 0) return false;
        }
        return true;
    }
}
