namespace ScoGraph.Domain.Ports;

/// <summary>
/// A Relay-style page window over an ordered list: the <see cref="First"/> items after cursor <see cref="After"/>, or
/// the <see cref="Last"/> items before cursor <see cref="Before"/>. Cursors are keyset cursors
/// (<see cref="Indexing.KeysetCursor"/>): a page stays stable when items are added before it.
/// </summary>
public sealed record PageRequest(int? First = null, string? After = null, int? Last = null, string? Before = null)
{
    /// <summary>The most items one page may hold; also the size when neither first nor last is given.</summary>
    public const int MaxSize = 500;

    public static PageRequest Default { get; } = new(First: 50);

    /// <summary>How many items to return.</summary>
    public int Size => Math.Min(First ?? Last ?? Default.First!.Value, MaxSize);

    /// <summary>Reading backwards (from <see cref="Before"/>, keeping the last items).</summary>
    public bool IsBackward => Last is not null && First is null;

    /// <summary>Why the request cannot be served, or null when it can.</summary>
    public string? Problem => (First, Last) switch
    {
        (not null, not null) => "give either first or last, not both",
        (< 0, _) or (_, < 0) => "first and last must not be negative",
        ( > MaxSize, _) or (_, > MaxSize) => $"a page holds at most {MaxSize} items",
        _ => null,
    };
}
