namespace ScoGraph.Domain.Import.Bulk;

/// <summary>What happened to one batch.</summary>
public enum BatchStatus
{
    /// <summary>Written in one transaction.</summary>
    Committed,

    /// <summary>A line has a problem (or the store refused it): nothing of the batch written.</summary>
    Rejected,

    /// <summary>Good, but not written: an earlier batch was rejected (<see cref="ImportMode.StopOnError"/>) or the
    /// whole input was refused (<see cref="ImportMode.AllOrNothing"/>).</summary>
    Skipped,

    /// <summary>A dry run: checked, counts predicted, nothing written.</summary>
    Checked,
}
