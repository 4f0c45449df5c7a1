namespace ScoGraph.Domain.Versions;

/// <summary>
/// The knowledge time of one version of a stored item (entity or claim). Nothing is updated in place or deleted:
/// a correction retracts the current version (sets <see cref="RetractedAt"/> and <see cref="RetractionReason"/>)
/// and records a new one that <see cref="Supersedes"/> it.
/// </summary>
/// <param name="Revision">1 for the first version of an id, then 2, 3... (assigned by the store).</param>
/// <param name="RecordedAt">When the store recorded it (UTC, the write batch's transaction time).</param>
/// <param name="RetractedAt">When it stopped being current (UTC); null while current.</param>
/// <param name="RetractionReason">Why: the caller's reason, or "superseded by revision N".</param>
/// <param name="Supersedes">The revision this one replaced, if it replaced a current one.</param>
/// <param name="RecordedBy">Who wrote this version (<see cref="Ports.WriteBatch.RecordedBy"/>); null when unknown
/// (versions written before stores recorded it, or by a writer that gave no name).</param>
/// <param name="RetractedBy">Who retracted it (the writer of the batch that retracted or superseded it); null while
/// current or when unknown.</param>
public sealed record VersionInfo(
    int Revision,
    DateTimeOffset RecordedAt,
    DateTimeOffset? RetractedAt = null,
    string? RetractionReason = null,
    int? Supersedes = null,
    string? RecordedBy = null,
    string? RetractedBy = null)
{
    public bool IsCurrent => RetractedAt is null;

    /// <summary>
    /// Whether a reader at <paramref name="knownAt"/> saw this version: recorded at or before it and not yet
    /// retracted then (<c>RecordedAt &lt;= knownAt &lt; RetractedAt</c>). Null means now: the current version.
    /// </summary>
    public bool WasKnownAt(DateTimeOffset? knownAt) => knownAt is not DateTimeOffset t
        ? IsCurrent
        : RecordedAt <= t && (RetractedAt is not DateTimeOffset r || t < r);
}
