namespace ScoGraph.Storage.Sqlite.Mapping;

/// <summary>
/// Knowledge time is stored as UTC ticks (100 ns): exact round-trips of <see cref="DateTimeOffset"/> and cheap
/// integer comparisons in the indexes.
/// </summary>
internal static class KnowledgeTicks
{
    /// <summary>Reads as "now": every recorded version is at or before it, none retracted after it.</summary>
    public const long Current = long.MaxValue;

    public static long From(DateTimeOffset? knownAt) => knownAt is DateTimeOffset t ? t.UtcTicks : Current;

    public static DateTimeOffset ToTime(long ticks) => new(ticks, TimeSpan.Zero);
}
