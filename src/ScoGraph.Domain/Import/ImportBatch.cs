using ScoGraph.Domain.Ports;

namespace ScoGraph.Domain.Import;

/// <summary>
/// Parsed and validated import lines. <see cref="IsValid"/> only when no line has an error; only then may the batch be
/// written, and then all of it at once (<see cref="ToWriteBatch"/>).
/// </summary>
/// <param name="Errors">Every error, in line order; from <see cref="Importer.CheckAsync(TextReader, CancellationToken)"/>
/// capped at <see cref="Importer.MaxErrors"/> with a last error saying how many more there are.</param>
public sealed record ImportBatch(IReadOnlyList<ImportedLine> Lines, IReadOnlyList<ImportError> Errors)
{
    public bool IsValid => Errors.Count == 0;

    /// <summary>The write items in line order; throws when the batch has errors (never write half a batch).</summary>
    public WriteBatch ToWriteBatch() => IsValid
        ? new WriteBatch(Lines.Select(l => l.Item!).ToArray())
        : throw new InvalidOperationException($"the import has {Errors.Count} error(s); nothing may be written");

    /// <summary>
    /// The write items in line order, cut into batches of at most <paramref name="maxItems"/> items, for very large
    /// imports: the whole import was validated up front (references across chunks included), and each chunk is
    /// written atomically, so a killed import leaves whole chunks only and re-running it is idempotent.
    /// </summary>
    public IEnumerable<WriteBatch> ToWriteBatches(int maxItems)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxItems, 1);
        return ToWriteBatch().Items.Chunk(maxItems).Select(chunk => new WriteBatch(chunk));
    }
}
