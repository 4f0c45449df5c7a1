using ScoGraph.Domain.Ports;
using ScoGraph.Domain.Validation;

namespace ScoGraph.Domain.Import;

/// <summary>
/// Imports JSON Lines into a store: read every line, collect every error, look up the ids the lines refer to in
/// the store (one batched call), validate, and only when there is no error at all write everything as one atomic
/// batch. Re-importing the same lines changes nothing (each upsert reports <see cref="WriteOutcome.Unchanged"/>).
/// <paramref name="recordedBy"/> is recorded as the writer of what the import writes (<see cref="WriteBatch.RecordedBy"/>).
/// </summary>
public sealed class Importer(ITimelineStore store, string? recordedBy = null)
{
    /// <summary>Most errors reported for one import; more are summarized in a last error.</summary>
    public const int MaxErrors = 1000;

    public async Task<ImportReport> ImportAsync(TextReader reader, CancellationToken cancellationToken)
    {
        var batch = await CheckAsync(reader, cancellationToken);
        if (!batch.IsValid) return new ImportReport(batch.Lines.Count, batch.Errors, null);
        if (batch.Lines.Count == 0) return new ImportReport(0, [], null);
        try
        {
            var written = await store.WriteAsync(batch.ToWriteBatch() with { RecordedBy = recordedBy }, cancellationToken);
            return new ImportReport(batch.Lines.Count, [], written);
        }
        catch (WriteRejectedException rejected) when (rejected.ItemIndex >= 0 && rejected.ItemIndex < batch.Lines.Count)
        {
            // The store refused what validation let through (nothing was written): report it on its line.
            return new ImportReport(batch.Lines.Count, [new ImportError(batch.Lines[rejected.ItemIndex].Line, null, rejected.Reason)], null);
        }
    }

    public Task<ImportReport> ImportAsync(string text, CancellationToken cancellationToken) =>
        ImportAsync(new StringReader(text), cancellationToken);

    /// <summary>
    /// A dry run: reads and validates exactly as <see cref="ImportAsync(TextReader, CancellationToken)"/> does, writes
    /// nothing. The batch's errors are those an import would report, capped at <see cref="MaxErrors"/> the same way.
    /// </summary>
    public async Task<ImportBatch> CheckAsync(TextReader reader, CancellationToken cancellationToken)
    {
        var lines = new List<ImportedLine>();
        foreach (var line in JsonLinesReader.Read(reader))
        {
            cancellationToken.ThrowIfCancellationRequested();
            lines.Add(line);
        }

        var storeKnown = await StoreKinds.LoadAsync(store, ImportValidation.ExternalReferences(lines), cancellationToken);
        var batch = ImportValidation.Validate(lines, storeKnown);
        if (batch.IsValid && batch.Lines.Count > 0)
        {
            // Retractions of entities still referenced, judged with the whole file (it may retract the references too).
            var issues = await RetractionReferences.CheckAsync(store, batch.ToWriteBatch().Items, cancellationToken);
            if (issues.Count > 0)
            {
                batch = batch with
                {
                    Errors = [.. issues.Select(i => new ImportError(batch.Lines[i.Index].Line, i.Issue.Path, i.Issue.Message, i.Issue.Code, i.Issue.ReferencedId))],
                };
            }
        }
        return batch with { Errors = Capped(batch.Errors) };
    }

    public Task<ImportBatch> CheckAsync(string text, CancellationToken cancellationToken) =>
        CheckAsync(new StringReader(text), cancellationToken);

    private static IReadOnlyList<ImportError> Capped(IReadOnlyList<ImportError> errors) => errors.Count <= MaxErrors
        ? errors
        : [.. errors.Take(MaxErrors), new ImportError(errors[MaxErrors].Line, null, $"… and {errors.Count - MaxErrors} more error(s)")];
}
