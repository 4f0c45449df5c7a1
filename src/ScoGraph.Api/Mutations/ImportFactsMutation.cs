using Microsoft.Extensions.DependencyInjection;
using ScoGraph.Domain.Import;
using ScoGraph.Domain.Model;
using ScoGraph.Domain.Ports;
using ScoGraph.Domain.Serialization;
using ScoGraph.Domain.Versions;
using ScoGraph.GraphQL.Types;

namespace ScoGraph.Api.Mutations;

/// <summary>
/// <c>importFacts(lines, dryRun)</c>: JSON Lines in the import format, validated as a whole and written as one atomic
/// batch only when no line has an error. A dry run validates and predicts the counts without writing.
/// </summary>
/// <remarks>
/// Counts are per line: <c>created</c> for a new id, <c>updated</c> for a new version of a known id (or a retraction
/// that retracted something), <c>unchanged</c> for a line identical to what the graph holds (or a retraction that
/// found nothing current).
/// </remarks>
public static class ImportFactsMutation
{
    public static async Task<ImportFactsPayload> ResolveAsync(IResolverContext context)
    {
        var writer = ApiKeyAuthorization.Demand(context);
        var text = context.Argument<string>("lines") ?? "";
        var dryRun = context.Argument<bool?>("dryRun") ?? false;
        var store = context.Services.GetRequiredService<ITimelineStore>();
        var importer = new Importer(store, writer.Name);

        if (!dryRun)
        {
            var report = await importer.ImportAsync(text, context.CancellationToken);
            return new ImportFactsPayload(
                report.Count(WriteOutcome.Created),
                report.Count(WriteOutcome.Superseded) + report.Count(WriteOutcome.Retracted),
                report.Count(WriteOutcome.Unchanged) + report.Count(WriteOutcome.NotFound),
                Committed: report.Written is not null,
                report.Errors.Select(UserErrors.From).ToArray());
        }

        // The importer's own check, so a dry run reports exactly the errors a real run would.
        var batch = await importer.CheckAsync(text, context.CancellationToken);
        if (!batch.IsValid)
            return new ImportFactsPayload(0, 0, 0, Committed: false, batch.Errors.Select(UserErrors.From).ToArray());
        return await PredictAsync(store, batch, context.CancellationToken);
    }

    /// <summary>What writing a valid batch would do, from the current versions of the ids it upserts or retracts.</summary>
    private static async Task<ImportFactsPayload> PredictAsync(ITimelineStore store, ImportBatch batch, CancellationToken cancellationToken)
    {
        var items = batch.Lines.Select(line => line.Item!).ToArray();
        var ids = items.Select(item => item switch
        {
            Upsert upsert => upsert.Entity.Id,
            Retract retract => retract.ItemId,
            _ => null,
        }).OfType<string>().ToHashSet(StringComparer.Ordinal);
        IReadOnlyDictionary<string, Versioned<Entity>> current = ids.Count == 0
            ? new Dictionary<string, Versioned<Entity>>()
            : await store.LoadEntitiesAsync(ids, null, cancellationToken);

        int created = 0, updated = 0, unchanged = 0;
        foreach (var item in items)
        {
            switch (item)
            {
                case Upsert { Entity: var entity } when !current.ContainsKey(entity.Id):
                    created++;
                    break;
                case Upsert { Entity: var entity } when EntityJson.ContentEquals(entity, current[entity.Id].Item):
                    unchanged++;
                    break;
                case Retract retract when !current.ContainsKey(retract.ItemId):
                    unchanged++;
                    break;
                default:
                    // A new version, a retraction of something current, or claims retracted by subject and predicate.
                    updated++;
                    break;
            }
        }
        return new ImportFactsPayload(created, updated, unchanged, Committed: false, []);
    }
}
