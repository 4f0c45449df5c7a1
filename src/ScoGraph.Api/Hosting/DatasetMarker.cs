using ScoGraph.Domain.Model;
using ScoGraph.Domain.Ports;

namespace ScoGraph.Api.Hosting;

/// <summary>
/// Which dataset version a store holds, kept in the store itself so that every adapter keeps it with no schema of its
/// own: a bookkeeping item (<see cref="Id"/>, a source whose excerpt is the version) that every dataset load records
/// and retracts in the same batch. Recorded and retracted at the same instant, it is never current at any knowledge
/// time, so no list, lookup or count ever shows it; <c>history(id: "_scograph-dataset")</c> lists every load.
/// </summary>
public static class DatasetMarker
{
    /// <summary>Not a valid user id (ids start with a letter or digit), so no write through the API can collide with it.</summary>
    public const string Id = "_scograph-dataset";

    public const string RetractionReason = "bookkeeping: the dataset version this store holds, never a fact";

    /// <summary>The version the store's last dataset load recorded; null when none did (a new store, or one loaded before versions were kept).</summary>
    public static async Task<string?> ReadAsync(ITimelineStore store, CancellationToken cancellationToken)
    {
        var history = await store.HistoryAsync(Id, cancellationToken);
        return history.Count > 0 && history[^1].Item is Source { Excerpt: { } version } ? version : null;
    }

    /// <summary>The two items that record <paramref name="version"/>: its version of the marker, and that version's retraction.</summary>
    public static IEnumerable<WriteItem> Record(string version, int files)
    {
        yield return new Upsert(new Source
        {
            Id = Id,
            Title = $"ScoGraph's shipped dataset ({files} files)",
            Publisher = "ScoGraph",
            Excerpt = version,
        });
        yield return new Retract(Id, RetractionReason);
    }
}
