using ScoGraph.Domain.Time;

namespace ScoGraph.Storage.Sqlite.Mapping;

/// <summary>
/// The four bound days of a valid time as integers (<see cref="DateOnly.DayNumber"/>). Open ends become the
/// extreme days so that the as-of and range predicates need no NULL cases (see the remarks of migration 1).
/// </summary>
internal readonly record struct DayBounds(int StartEarliest, int StartLatest, int EndEarliest, int EndLatest)
{
    public static readonly int OpenStart = DateOnly.MinValue.DayNumber;
    public static readonly int OpenEnd = DateOnly.MaxValue.DayNumber;

    public static DayBounds Always => new(OpenStart, OpenStart, OpenEnd, OpenEnd);

    public static DayBounds Of(ValidityBounds bounds) => new(
        bounds.StartEarliest?.DayNumber ?? OpenStart,
        bounds.StartLatest?.DayNumber ?? OpenStart,
        bounds.EndEarliest?.DayNumber ?? OpenEnd,
        bounds.EndLatest?.DayNumber ?? OpenEnd);

    /// <summary>Longest possible span in days, the bound the range scan uses.</summary>
    public long Span => (long)EndLatest - StartEarliest;
}
