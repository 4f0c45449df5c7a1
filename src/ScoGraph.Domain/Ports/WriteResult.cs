namespace ScoGraph.Domain.Ports;

/// <summary>The outcome of one item of a batch, in batch order.</summary>
/// <param name="ItemIds">The ids affected (one for upserts; each retracted claim for <see cref="RetractClaims"/>).</param>
/// <param name="Revision">The revision written or retracted; null when nothing was touched.</param>
public sealed record WriteItemResult(int Index, WriteOutcome Outcome, IReadOnlyList<string> ItemIds, int? Revision);

/// <summary>
/// The result of an atomic batch. <see cref="RecordedAt"/> is the batch's knowledge time (UTC): stores make it
/// strictly later than every earlier batch's, so <c>knownAt</c> can tell any two batches apart.
/// </summary>
public sealed record WriteResult(DateTimeOffset RecordedAt, IReadOnlyList<WriteItemResult> Items)
{
    public int Count(WriteOutcome outcome) => Items.Count(i => i.Outcome == outcome);
}
