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

    /// <summary>
    /// Validate and write each batch as soon as the first read has taken it in, from the lines that read parsed, as long
    /// as every id the batch refers to is defined on an earlier line or in the batch itself: an input in dependency
    /// order is then read and parsed once, and writing starts with its first batch. The first batch that refers forward,
    /// or to an id the input does not define, ends that; the rest is written after the whole input is checked, as
    /// without this option. What is written and reported is the same either way; only when the first read's total
    /// comes differs (after writing began), so it is off for the streaming endpoint, whose answer opens with that total.
    /// </summary>
    public bool WriteWhileChecking { get; init; }

    /// <summary>Give each batch report the outcome of every line (for <c>scograph diff</c>); costs memory per batch only.</summary>
    public bool ReportLineOutcomes { get; init; }
}
