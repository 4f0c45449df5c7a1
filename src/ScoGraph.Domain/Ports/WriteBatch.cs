namespace ScoGraph.Domain.Ports;

/// <summary>
/// Changes written atomically, in order: all of them or none. All versions written by one batch share one
/// <see cref="WriteResult.RecordedAt"/>. Items are applied in order, so a later upsert of the same id within the
/// batch supersedes an earlier one.
/// </summary>
/// <param name="RecordedBy">
/// Who writes the batch: the configured name of an API key (never the key itself), or a system writer such as
/// <c>scograph-dataset</c>; null when unknown. The store keeps it on every version the batch records
/// (<see cref="Versions.VersionInfo.RecordedBy"/>) and on every version it retracts or supersedes
/// (<see cref="Versions.VersionInfo.RetractedBy"/>).
/// </param>
public sealed record WriteBatch(IReadOnlyList<WriteItem> Items, string? RecordedBy = null)
{
    /// <summary>
    /// Projections derived ahead, by item index (null where none was, or for items that are not upserts): the bulk
    /// importer derives them on every core while it validates. A store derives what is missing itself.
    /// </summary>
    public IReadOnlyList<UpsertProjection?>? Projections { get; init; }

    /// <summary>The projection of the upsert at <paramref name="index"/>; throws as <see cref="UpsertProjection.Of"/> does.</summary>
    public UpsertProjection Project(int index, Upsert upsert) =>
        Projections is { } ahead && index < ahead.Count && ahead[index] is { } projection && ReferenceEquals(projection.Entity, upsert.Entity)
            ? projection
            : UpsertProjection.Of(upsert.Entity);
}
