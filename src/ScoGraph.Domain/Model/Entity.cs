namespace ScoGraph.Domain.Model;

/// <summary>
/// Something the graph knows about, under a stable, human-readable slug id (<c>IND</c>, <c>rashid-alimov</c>,
/// <c>2017-astana-summit</c>). Entities are immutable values: a correction is a new version of the same id,
/// never an edit (see <see cref="Versions.VersionInfo"/>).
/// </summary>
/// <remarks>
/// Records holding lists compare lists by reference, so content equality (used for idempotent writes) is
/// decided by <see cref="Serialization.EntityJson.ContentEquals"/>, not by <c>==</c>.
/// </remarks>
public abstract record Entity
{
    public required string Id { get; init; }

    public abstract EntityKind Kind { get; }

    /// <summary>The sources that support this entity's facts (may be empty).</summary>
    public IReadOnlyList<SourceRef> Sources { get; init; } = [];
}
