namespace ScoGraph.Domain.Import.Bulk;

/// <summary>What a whole bulk import did.</summary>
/// <param name="Lines">Non-blank lines read.</param>
/// <param name="RejectedLines">Lines of rejected batches (nothing of them written).</param>
/// <param name="SkippedLines">Good lines not written because of another batch's problem.</param>
/// <param name="ErrorCount">Every problem found; <see cref="Errors"/> keeps the first <see cref="BulkImportOptions.MaxErrors"/>.</param>
public sealed record BulkImportSummary(
    int Lines,
    int Batches,
    int CommittedBatches,
    int RejectedBatches,
    int Created,
    int Updated,
    int Unchanged,
    int RejectedLines,
    int SkippedLines,
    int ErrorCount,
    IReadOnlyList<ImportError> Errors,
    TimeSpan Elapsed,
    bool DryRun)
{
    /// <summary>No problem anywhere and no stop: every line is written (or would be, in a dry run).</summary>
    public bool Succeeded => ErrorCount == 0 && !StoppedForShutdown;

    /// <summary>Facts of the committed (or, in a dry run, checked) lines (<see cref="BatchReport.Facts"/>).</summary>
    public int Facts { get; init; }

    /// <summary>
    /// The host stopped during the import: the batches before <see cref="NotImportedFromLine"/> are written whole, the
    /// lines from it to <see cref="NotImportedToLine"/> are not (re-running the import writes just those).
    /// </summary>
    public bool StoppedForShutdown { get; init; }

    /// <summary>The first line not imported because the host stopped; null when it did not.</summary>
    public int? NotImportedFromLine { get; init; }

    /// <summary>The last line not imported because the host stopped (the input's last line); null when it did not.</summary>
    public int? NotImportedToLine { get; init; }

    /// <summary>Facts written or checked per second.</summary>
    public double FactsPerSecond => Elapsed.TotalSeconds > 0 ? Facts / Elapsed.TotalSeconds : 0;

    /// <summary>Lines written or checked per second.</summary>
    public double LinesPerSecond => Elapsed.TotalSeconds > 0 ? Lines / Elapsed.TotalSeconds : 0;
}
