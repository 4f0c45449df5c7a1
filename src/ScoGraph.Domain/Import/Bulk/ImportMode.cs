namespace ScoGraph.Domain.Import.Bulk;

/// <summary>What a bulk import does when a batch has a problem.</summary>
public enum ImportMode
{
    /// <summary>Commit batch by batch; after the first rejected batch write nothing more (keep checking, to report every problem).</summary>
    StopOnError,

    /// <summary>Commit every good batch; reject (and report) only the batches with a problem.</summary>
    ContinueOnError,

    /// <summary>One transaction for the whole input: written only when no line has a problem.</summary>
    AllOrNothing,
}
