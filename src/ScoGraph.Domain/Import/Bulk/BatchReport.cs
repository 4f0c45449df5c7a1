using ScoGraph.Domain.Ports;

namespace ScoGraph.Domain.Import.Bulk;

/// <summary>The outcome of one line (an upsert's id, or a retraction's target).</summary>
public sealed record LineOutcome(int Line, string? Id, WriteOutcome Outcome);

/// <summary>
/// One batch as written (or not): the lines it spans, its status, what it did and its problems. Batches joined into
/// one transaction because a line refers forward to a later batch are one report (<see cref="JoinedBatches"/> &gt; 1).
/// </summary>
/// <param name="Updated">New versions of known ids, and retractions that retracted something.</param>
/// <param name="Unchanged">Lines identical to what the store holds (and retractions that found nothing).</param>
/// <param name="Outcomes">Per-line outcomes, only when <see cref="BulkImportOptions.ReportLineOutcomes"/>.</param>
public sealed record BatchReport(
    int Number,
    int FirstLine,
    int LastLine,
    int Lines,
    int JoinedBatches,
    BatchStatus Status,
    int Created,
    int Updated,
    int Unchanged,
    IReadOnlyList<ImportError> Errors,
    IReadOnlyList<LineOutcome>? Outcomes = null,
    DateTimeOffset? RecordedAt = null)
{
    /// <summary>The facts the batch's lines stand for (<see cref="Facts.FactProjection"/>: a tenure is one, a meeting
    /// with five participants six...), counted for committed and checked batches; what "facts/s" measures.</summary>
    public int Facts { get; init; }
}
