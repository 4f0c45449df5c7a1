namespace ScoGraph.Domain.Import.Bulk;

/// <summary>Where a running import is: checking (first read) or writing (second read), lines and bytes done.</summary>
/// <param name="TotalBytes">The input's size when known (files), for an ETA.</param>
public sealed record ImportProgress(ImportPhase Phase, int Lines, long Bytes, long? TotalBytes, int Created, int Updated, int Unchanged, int RejectedLines)
{
    /// <summary>Facts of the lines written so far (<see cref="BatchReport.Facts"/>).</summary>
    public int Facts { get; init; }
}

public enum ImportPhase
{
    Checking,
    Writing,
}
