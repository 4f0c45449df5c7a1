namespace ScoGraph.Domain.Ports;

/// <summary>
/// A write batch was refused as a whole (nothing written) because one item cannot be stored: an empty id, an id
/// already used by another kind, a reference to an id that is neither in the batch nor current in the store, an
/// inverted period. <see cref="ItemIndex"/> is the position of the offending item in the batch.
/// </summary>
public sealed class WriteRejectedException(int itemIndex, string message)
    : ArgumentException($"item {itemIndex}: {message}", "batch")
{
    public int ItemIndex { get; } = itemIndex;

    /// <summary>The reason without the item position.</summary>
    public string Reason { get; } = message;
}
