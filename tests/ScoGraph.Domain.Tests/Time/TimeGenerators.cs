using FsCheck;
using FsCheck.Fluent;
using ScoGraph.Domain.Time;

namespace ScoGraph.Domain.Tests.Time;

/// <summary>Random partial dates, days and periods around 1990–2030, where the dataset lives.</summary>
public static class TimeGenerators
{
    public static Gen<PartialDate> PartialDates { get; } =
        from year in Gen.Choose(1990, 2030)
        from month in Gen.Choose(1, 12)
        from day in Gen.Choose(1, DateTime.DaysInMonth(year, month))
        from precision in Gen.Elements(DatePrecision.Year, DatePrecision.Month, DatePrecision.Day)
        select precision switch
        {
            DatePrecision.Year => PartialDate.OfYear(year),
            DatePrecision.Month => PartialDate.OfMonth(year, month),
            _ => PartialDate.OfDay(year, month, day),
        };

    public static Gen<DateOnly> Days { get; } =
        Gen.Choose(0, 41 * 366).Select(offset => new DateOnly(1989, 12, 1).AddDays(offset));

    public static Gen<Period> Periods { get; } =
        from start in PartialDates.OrNull()
        from end in PartialDates.OrNull()
        let ordered = start is PartialDate s && end is PartialDate e && e < s ? (end, start) : (start, end)
        select new Period(ordered.Item1, ordered.Item2);

    /// <summary>
    /// Ranges of a few days up to a few years, now and then one that ends before it starts (which nothing overlaps).
    /// </summary>
    public static Gen<DayRange> DayRanges { get; } = RangesFrom(Days);

    /// <summary>
    /// Ranges that mostly start or end within a couple of days of the bounds' first or last days, where the rules
    /// change their answer; a random range now and then.
    /// </summary>
    public static Gen<DayRange> RangesAround(params PartialDate?[] bounds)
    {
        var edges = bounds.OfType<PartialDate>().SelectMany(b => new[] { b.Earliest, b.Latest }).ToArray();
        if (edges.Length == 0) return DayRanges;
        var nearAnEdge = from edge in Gen.Elements(edges) from shift in Gen.Choose(-2, 2) select edge.AddDays(shift);
        var anchored = from range in RangesFrom(nearAnEdge)
                       from endsThere in Gen.Elements(false, true) // put the anchor at the range's end instead
                       select endsThere ? new DayRange(range.From.AddDays(range.From.DayNumber - range.To.DayNumber), range.From) : range;
        return Gen.Frequency((4, anchored), (1, DayRanges));
    }

    private static Gen<DayRange> RangesFrom(Gen<DateOnly> firstDays) =>
        from first in firstDays
        from length in Gen.Frequency((1, Gen.Choose(-3, -1)), (3, Gen.Choose(0, 40)), (3, Gen.Choose(0, 1200)))
        select new DayRange(first, first.AddDays(length));

    private static Gen<PartialDate?> OrNull(this Gen<PartialDate> gen) =>
        Gen.Frequency((1, Gen.Constant<PartialDate?>(null)), (4, gen.Select(d => (PartialDate?)d)));

    public static Arbitrary<PartialDate> PartialDateArbitrary() => Arb.From(PartialDates);
    public static Arbitrary<DateOnly> DayArbitrary() => Arb.From(Days);
    public static Arbitrary<Period> PeriodArbitrary() => Arb.From(Periods);

    /// <summary>Every day a partial date may stand for.</summary>
    public static IEnumerable<DateOnly> DaysOf(PartialDate date)
    {
        for (var day = date.Earliest; day <= date.Latest; day = day.AddDays(1)) yield return day;
    }

    /// <summary>A finer partial date inside <paramref name="date"/> (or the date itself when it is a day).</summary>
    public static Gen<PartialDate> RefinementOf(PartialDate date) =>
        Gen.Elements(DaysOf(date).ToArray()).SelectMany(day => Gen.Elements(
            date.Precision == DatePrecision.Year ? PartialDate.OfMonth(day.Year, day.Month) : date,
            PartialDate.OfDay(day)));

    /// <summary>
    /// The brute-force answer to "does something valid from <paramref name="start"/> to <paramref name="end"/> overlap
    /// <paramref name="range"/>?": try every reading of the bounds, one day for each (a missing bound is unbounded), and
    /// say CERTAIN when every reading overlaps, POSSIBLE when some but not all do, null when none does. A reading
    /// overlaps when it has begun by the range's last day and not ended before its first. Each bound is read on its
    /// own, as the stores' four-column rule does: an event dated 2014 (start = end = 2014) lies certainly in 2014.
    /// </summary>
    public static Certainty? OverlapByEveryReading(PartialDate? start, PartialDate? end, DayRange range)
    {
        var starts = start is PartialDate s ? DaysOf(s).Select(d => (DateOnly?)d).ToArray() : [null];
        var ends = end is PartialDate e ? DaysOf(e).Select(d => (DateOnly?)d).ToArray() : [null];
        bool some = false, all = true;
        foreach (var first in starts)
        foreach (var last in ends)
        {
            var overlaps = range.From <= range.To && (first is not DateOnly f || f <= range.To) && (last is not DateOnly l || l >= range.From);
            some |= overlaps;
            all &= overlaps;
            if (some && !all) return Certainty.Possible;
        }
        return all ? Certainty.Certain : some ? Certainty.Possible : null;
    }
}

/// <summary>An inclusive range of days; <see cref="To"/> may lie before <see cref="From"/> (an empty range).</summary>
public readonly record struct DayRange(DateOnly From, DateOnly To);
