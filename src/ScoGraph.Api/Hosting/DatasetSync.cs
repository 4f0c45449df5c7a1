using Microsoft.Extensions.Logging;
using ScoGraph.Domain.Import;
using ScoGraph.Domain.Model;
using ScoGraph.Domain.Ports;
using ScoGraph.Domain.Versions;

namespace ScoGraph.Api.Hosting;

/// <summary>
/// Brings the shipped dataset into the store on start, also into stores that already hold data (a Docker volume
/// from an older image), in one atomic batch written by <see cref="Writer"/>:
/// <list type="bullet">
/// <item>Nothing happens when the store's <see cref="DatasetMarker"/> already names this dataset's version.</item>
/// <item>Every dataset line is imported (idempotent: unchanged items write nothing), except over items people own:
/// an item whose current version another writer recorded, or that another writer retracted, keeps their word.</item>
/// <item>Items whose current version the dataset wrote and that the dataset no longer contains are retracted with
/// the reason <c>no longer in the shipped dataset (sha256:…)</c>. The dataset's items are known by their writer, so
/// user-written items are never retracted; versions recorded before writers were kept (no writer) count as the
/// dataset's for updates but are never retracted, since user-written ones cannot be told apart.</item>
/// <item>The store then records the version (<see cref="DatasetMarker"/>).</item>
/// </list>
/// </summary>
public static class DatasetSync
{
    /// <summary>The writer name of everything the dataset loader writes (not a valid API key name clash: keys are named by operators, and this name is reserved).</summary>
    public const string Writer = "scograph-dataset";

    /// <summary>How often a batch the store refuses item by item is retried without the refused item.</summary>
    private const int MaxRetries = 50;

    public static async Task<DatasetSyncReport> SyncAsync(ITimelineStore store, ShippedDataset dataset, ILogger logger, CancellationToken cancellationToken)
    {
        var previous = await DatasetMarker.ReadAsync(store, cancellationToken);
        if (previous == dataset.Version)
        {
            logger.LogInformation("The store holds the shipped dataset {Version}; nothing to load.", dataset.Version);
            return new DatasetSyncReport(dataset.Version, previous, Loaded: false, 0, 0, [], []);
        }

        var batch = await new Importer(store, Writer).CheckAsync(dataset.Text, cancellationToken);
        if (!batch.IsValid)
        {
            var problems = batch.Errors.Take(20).Select(e => $"  {dataset.Locate(e.Line)}: {e.Message}");
            throw new StartupException(
                $"Loading the dataset failed ({batch.Errors.Count} error(s)); nothing was written:\n{string.Join("\n", problems)}");
        }

        var upserts = batch.Lines.Select(l => l.Item!).ToList();
        var ids = upserts.OfType<Upsert>().Select(u => u.Entity.Id).ToHashSet(StringComparer.Ordinal);
        var current = await store.LoadEntitiesAsync(ids, null, cancellationToken);
        var fresh = previous is null && current.Count == 0 && await IsEmptyAsync(store, cancellationToken);

        var kept = new List<string>();
        var items = new List<WriteItem>(upserts.Count + 2);
        foreach (var item in upserts)
        {
            if (item is Upsert { Entity.Id: var id } && !fresh && await OwnedByPeopleAsync(store, id, current, cancellationToken))
            {
                kept.Add(id);
                continue;
            }
            items.Add(item);
        }

        var reason = $"no longer in the shipped dataset ({dataset.Version})";
        var stale = fresh ? [] : await StaleAsync(store, ids, cancellationToken);
        items.AddRange(stale.Select(id => new Retract(id, reason)));
        items.AddRange(DatasetMarker.Record(dataset.Version, dataset.FileCount));

        var (result, skipped) = await WriteAsync(store, items, dataset, batch, logger, cancellationToken);
        // The version record's own two items are bookkeeping, not dataset content.
        var content = result.Items.Where(i => !i.ItemIds.Contains(DatasetMarker.Id)).ToArray();
        var report = new DatasetSyncReport(dataset.Version, previous, Loaded: true,
            content.Count(i => i.Outcome == WriteOutcome.Created), content.Count(i => i.Outcome == WriteOutcome.Superseded),
            stale.Where(id => !skipped.Contains(id)).ToArray(), kept);
        logger.LogInformation(
            "Loaded the shipped dataset {Version} (the store held {Previous}): {Created} created, {Updated} updated, {Retracted} retracted as no longer in it, {Kept} kept as people wrote them.",
            report.Version, previous ?? "no recorded version", report.Created, report.Updated, report.Retracted.Count, report.KeptForPeople.Count);
        return report;
    }

    /// <summary>Whether people own the item: its current version has another writer, or another writer retracted it.</summary>
    private static async Task<bool> OwnedByPeopleAsync(
        ITimelineStore store, string id, IReadOnlyDictionary<string, Versioned<Entity>> current, CancellationToken cancellationToken)
    {
        if (current.TryGetValue(id, out var now)) return IsPeoples(now.Version.RecordedBy);
        var history = await store.HistoryAsync(id, cancellationToken);
        return history.Count > 0 && IsPeoples(history[^1].Version.RetractedBy);
    }

    private static bool IsPeoples(string? writer) => writer is not null && writer != Writer;

    /// <summary>Current items the dataset wrote that it no longer contains (read page by page, kind by kind).</summary>
    private static async Task<List<string>> StaleAsync(ITimelineStore store, HashSet<string> datasetIds, CancellationToken cancellationToken)
    {
        var stale = new List<string>();
        foreach (var kind in Enum.GetValues<EntityKind>())
        {
            string? after = null;
            do
            {
                var page = await store.FindEntitiesAsync(
                    new EntityQuery(kind, Page: new PageRequest(First: PageRequest.MaxSize, After: after)), cancellationToken);
                stale.AddRange(page.Items
                    .Where(i => i.Node.Version.RecordedBy == Writer && !datasetIds.Contains(i.Node.Item.Id))
                    .Select(i => i.Node.Item.Id));
                after = page.HasNextPage ? page.EndCursor : null;
            }
            while (after is not null);
        }
        return stale;
    }

    /// <summary>
    /// Writes the batch; when the store refuses one item (e.g. a dataset line that refers to an item people retracted),
    /// that item is left out with a warning and the rest is written, so one such conflict never keeps the server down.
    /// </summary>
    private static async Task<(WriteResult Result, HashSet<string> Skipped)> WriteAsync(
        ITimelineStore store, List<WriteItem> items, ShippedDataset dataset, ImportBatch batch, ILogger logger, CancellationToken cancellationToken)
    {
        var skipped = new HashSet<string>(StringComparer.Ordinal);
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return (await store.WriteAsync(new WriteBatch(items, Writer), cancellationToken), skipped);
            }
            catch (WriteRejectedException rejected) when (attempt < MaxRetries && rejected.ItemIndex >= 0 && rejected.ItemIndex < items.Count
                && !IsMarker(items[rejected.ItemIndex]))
            {
                var item = items[rejected.ItemIndex];
                var line = batch.Lines.FirstOrDefault(l => ReferenceEquals(l.Item, item));
                logger.LogWarning("Dataset {Where} was not applied: {Reason}",
                    line is null ? $"retraction of {IdOf(item)}" : dataset.Locate(line.Line), rejected.Reason);
                skipped.Add(IdOf(item));
                items.RemoveAt(rejected.ItemIndex);
            }
        }
    }

    private static bool IsMarker(WriteItem item) => IdOf(item) == DatasetMarker.Id;

    private static string IdOf(WriteItem item) => item switch
    {
        Upsert upsert => upsert.Entity.Id,
        Retract retract => retract.ItemId,
        RetractClaims claims => $"{claims.Subject}.{claims.Predicate}",
        _ => "?",
    };

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
