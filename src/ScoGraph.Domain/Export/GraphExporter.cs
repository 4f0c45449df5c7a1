using ScoGraph.Domain.Import;
using ScoGraph.Domain.Indexing;
using ScoGraph.Domain.Model;
using ScoGraph.Domain.Ports;

namespace ScoGraph.Domain.Export;

/// <summary>
/// Writes the graph as JSON Lines in the import format, deterministically: kinds in an order where every line only
/// refers to lines above it (sources first, claims last), and within a kind by id (ordinal). Importing the output
/// into an empty store and exporting again gives the same bytes.
/// </summary>
public sealed class GraphExporter(ITimelineStore store)
{
    /// <summary>The kinds in writing order: each refers only to kinds before it (organizations to organizations by id).</summary>
    public static readonly IReadOnlyList<EntityKind> KindOrder =
    [
        EntityKind.Source, EntityKind.State, EntityKind.Organization, EntityKind.Official, EntityKind.Post,
        EntityKind.Meeting, EntityKind.Agreement, EntityKind.Tenure, EntityKind.MembershipChange, EntityKind.Claim,
    ];

    /// <summary>Writes every selected entity, one line each ending in <c>\n</c>; returns how many lines were written.</summary>
    public async Task<int> ExportAsync(TextWriter output, ExportOptions options, CancellationToken cancellationToken)
    {
        var count = 0;
        foreach (var kind in KindOrder)
        {
            if (options.Kinds is { } kinds && !kinds.Contains(kind)) continue;
            string? after = null;
            while (true)
            {
                var page = await store.FindEntitiesAsync(
                    new EntityQuery(kind, Order: EntityOrder.Default, Page: new PageRequest(First: PageRequest.MaxSize, After: after), KnownAt: options.KnownAt),
                    cancellationToken);
                // Pages come ordered by id, but order within one page is checked again so the output never depends on an adapter.
                foreach (var item in page.Items.OrderBy(i => i.Node.Item.Id, StringComparer.Ordinal))
                {
                    var entity = item.Node.Item;
                    if (options.AsOf is { } asOf && !HadHappened(entity, asOf)) continue;
                    await output.WriteAsync(ImportLineWriter.Write(entity) + "\n");
                    count++;
                }
                if (!page.HasNextPage || page.EndCursor is null) break;
                after = page.EndCursor;
            }
        }
        await output.FlushAsync(cancellationToken);
        return count;
    }

    private static bool HadHappened(Entity entity, DateOnly asOf) =>
        EntityIndexEntry.Of(entity).Date is not { } date || date.Earliest <= asOf;
}
