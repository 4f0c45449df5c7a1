using ScoGraph.Domain.Model;
using ScoGraph.Domain.Ports;

namespace ScoGraph.Domain.Import;

/// <summary>
/// Imports JSON Lines into a store: read every line, collect every error, look up the ids the lines refer to in
/// the store (one batched call), validate, and only when there is no error at all write everything as one atomic
/// batch. Re-importing the same lines changes nothing (each upsert reports <see cref="WriteOutcome.Unchanged"/>).
/// </summary>
public sealed class Importer(ITimelineStore store)
{
    /// <summary>Most errors reported for one import; more are summarized in a last error.</summary>
    public const int MaxErrors = 1000;

    public async Task<ImportReport> ImportAsync(TextReader reader, CancellationToken cancellationToken)
    {
        var lines = new List<ImportedLine>();
        foreach (var line in JsonLinesReader.Read(reader))
        {
            cancellationToken.ThrowIfCancellationRequested();
            lines.Add(line);
        }

        var batch = await CheckAsync(lines, cancellationToken);
        if (!batch.IsValid) return new ImportReport(lines.Count, Capped(batch.Errors), null);
        if (lines.Count == 0) return new ImportReport(0, [], null);
        try
        {
            var written = await store.WriteAsync(batch.ToWriteBatch(), cancellationToken);
            return new ImportReport(lines.Count, [], written);
        }
        catch (WriteRejectedException rejected) when (rejected.ItemIndex >= 0 && rejected.ItemIndex < batch.Lines.Count)
        {
            // The store refused what validation let through (nothing was written): report it on its line.
            return new ImportReport(lines.Count, [new ImportError(batch.Lines[rejected.ItemIndex].Line, null, rejected.Reason)], null);
        }
    }

    public Task<ImportReport> ImportAsync(string text, CancellationToken cancellationToken) =>
        ImportAsync(new StringReader(text), cancellationToken);

    /// <summary>Validates without writing (a dry run).</summary>
    public async Task<ImportBatch> CheckAsync(IReadOnlyList<ImportedLine> lines, CancellationToken cancellationToken)
    {
        var external = ImportValidation.ExternalReferences(lines);
        IReadOnlyDictionary<string, EntityKind> storeKnown = new Dictionary<string, EntityKind>();
        if (external.Count > 0)
        {
            var found = await store.LoadEntitiesAsync(external, null, cancellationToken);
            storeKnown = found.ToDictionary(p => p.Key, p => p.Value.Item.Kind, StringComparer.Ordinal);
        }
        return ImportValidation.Validate(lines, storeKnown);
    }

    private static IReadOnlyList<ImportError> Capped(IReadOnlyList<ImportError> errors) => errors.Count <= MaxErrors
        ? errors
        : [.. errors.Take(MaxErrors), new ImportError(errors[MaxErrors].Line, null, $"… and {errors.Count - MaxErrors} more error(s)")];
}
