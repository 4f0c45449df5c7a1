using ScoGraph.Domain.Model;
using ScoGraph.Domain.Ports;
using ScoGraph.Storage.Sqlite;

namespace ScoGraph.Cli.Tests.Support;

/// <summary>Looks into a SQLite store file after a run: how many current entities of each kind it holds.</summary>
public static class StoreProbe
{
    public static async Task<int> CountAsync(string databasePath, params EntityKind[] kinds)
    {
        await using var store = await SqliteTimelineStore.OpenAsync(databasePath);
        var total = 0;
        foreach (var kind in kinds.Length == 0 ? Enum.GetValues<EntityKind>() : kinds)
        {
            var page = await store.FindEntitiesAsync(new EntityQuery(kind, Page: new PageRequest(First: 1), IncludeTotalCount: true), CancellationToken.None);
            total += page.TotalCount ?? 0;
        }
        return total;
    }
}
