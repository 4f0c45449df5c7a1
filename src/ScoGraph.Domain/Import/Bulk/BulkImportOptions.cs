namespace ScoGraph.Domain.Import.Bulk;

/// <summary>How a bulk import runs (the same on every path: CLI direct, streaming endpoint, <c>importFacts</c>).</summary>
public sealed record BulkImportOptions
{
    public const int DefaultBatchSize = 1000;

    /// <summary>Non-blank lines per batch (one transaction each); ignored by <see cref="ImportMode.AllOrNothing"/>.</summary>
    public int BatchSize { get; init; } = DefaultBatchSize;

    public ImportMode Mode { get; init; } = ImportMode.StopOnError;

    /// <summary>Check everything and predict created / changed / unchanged, writing nothing.</summary>
    public bool DryRun { get; init; }

    /// <summary>Most errors kept in the summary (each batch report still carries its own).</summary>
    public int MaxErrors { get; init; } = 1000;

    /// <summary>Who writes (the API key's name; <see cref="Ports.WriteBatch.RecordedBy"/>), recorded on every version written.</summary>
    public string? RecordedBy { get; init; }

    /// <summary>
    /// Derive what the store writes for each line (<see cref="Ports.UpsertProjection"/>) while validating, on every
    /// core, rather than in the store's single writer: a direct import of 1M facts ran about a fifth faster, but the two
    /// batches in flight hold their projections meanwhile (75 MB more at 5,000 lines a batch, measured). On for the
    /// CLI writing into a store itself; off by default, so a server importing a 1 GB file stays under 400 MB.
    /// </summary>
    public bool ProjectAhead { get; init; }

    /// <summary>Give each batch report the outcome of every line (for <c>scograph diff</c>); costs memory per batch only.</summary>
    public bool ReportLineOutcomes { get; init; }
}
