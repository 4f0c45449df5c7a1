using Microsoft.Extensions.DependencyInjection;
using ScoGraph.Domain.Import;
using ScoGraph.Domain.Import.Bulk;
using ScoGraph.Domain.Ports;
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

        // The bulk importer every path uses (CLI, POST /import), as one transaction: a small batch, all or nothing.
        var importer = new BulkImporter(store, new BulkImportOptions { Mode = ImportMode.AllOrNothing, DryRun = dryRun, MaxErrors = Importer.MaxErrors + 1, RecordedBy = writer.Name });
        await using var input = ImportInput.FromText(text);
        var summary = await importer.ImportAsync(input, context.CancellationToken);
        // One more error is kept than shown, so the "more" line carries the line of the first error not shown.
        IReadOnlyList<ImportError> errors = summary.ErrorCount > Importer.MaxErrors
            ? [.. summary.Errors.Take(Importer.MaxErrors), new ImportError(summary.Errors[Importer.MaxErrors].Line, null, $"… and {summary.ErrorCount - Importer.MaxErrors} more error(s)")]
            : summary.Errors;
        return new ImportFactsPayload(summary.Created, summary.Updated, summary.Unchanged,
            Committed: summary.CommittedBatches > 0 && !dryRun,
            errors.Select(UserErrors.From).ToArray());
    }
}
