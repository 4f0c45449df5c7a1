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
}
