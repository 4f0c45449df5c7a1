using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ScoGraph.Domain.Time;

namespace ScoGraph.Domain.Tests.Time;

public class PeriodSpecs
{
    private static Period P(string? start, string? end) =>
        new(start is null ? null : PartialDate.Parse(start), end is null ? null : PartialDate.Parse(end));

    private static DateOnly D(string day) => DateOnly.Parse(day);

    [Theory]
    [InlineData("2017-03-01", Certainty.Certain)]
    [InlineData("2016-12-31", Certainty.Certain)]
    [InlineData("2016-01-01", Certainty.Possible)]
    [InlineData("2018-01-01", Certainty.Certain)]
    [InlineData("2018-12-31", Certainty.Possible)]
    [InlineData("2017-01-01", Certainty.Certain)]
    [InlineData("2017-12-31", Certainty.Certain)]
    [InlineData("2019-01-01", null)]
    [InlineData("2015-12-31", null)]
    public void A_tenure_from_2016_to_2018_known_to_the_year(string day, Certainty? expected)
    {
        Assert.Equal(expected, P("2016", "2018").HoldsOn(D(day)));
    }

    [Theory]
    [InlineData("2016-05-01", Certainty.Certain)]
    [InlineData("2016-04-30", null)]
    [InlineData("2099-01-01", Certainty.Certain)]
    public void An_open_end_still_holds(string day, Certainty? expected)
    {
        Assert.Equal(expected, P("2016-05-01", null).HoldsOn(D(day)));
    }

    [Theory]
    [InlineData("1900-01-01", Certainty.Certain)]
    [InlineData("2001-06-15", Certainty.Certain)]
    [InlineData("2001-06-16", null)]
    public void An_open_start_held_since_before_anything_recorded(string day, Certainty? expected)
    {
        Assert.Equal(expected, P(null, "2001-06-15").HoldsOn(D(day)));
    }

    [Theory]
    [InlineData("2006-05-16", "2006-05-16", "2006-05-16", Certainty.Certain)]
    [InlineData("2006-05", "2006-05", "2006-05-16", Certainty.Possible)]
    [InlineData("2006-05-01", "2006-05-31", "2006-05-16", Certainty.Certain)]
    [InlineData("2006-05-01", "2006-05-31", "2006-06-01", null)]
    [InlineData("2006", "2006", "2006-07-01", Certainty.Possible)]
    public void Exact_and_imprecise_short_periods(string start, string end, string day, Certainty? expected)
    {
        Assert.Equal(expected, P(start, end).HoldsOn(D(day)));
    }

    [Theory]
    [InlineData("2014-01-01", "2014-12-31", Certainty.Certain)]
    [InlineData("2013-06-01", "2015-06-01", Certainty.Certain)]
    [InlineData("2014-03-01", "2014-04-30", Certainty.Possible)]
    [InlineData("2015-01-01", "2015-12-31", null)]
    [InlineData("2014-12-31", "2014-01-01", null)]
    public void An_event_dated_to_a_year_lies_in_a_range(string from, string to, Certainty? expected)
    {
        Assert.Equal(expected, Period.On(PartialDate.Parse("2014")).Overlaps(D(from), D(to)));
    }

    [Fact]
    public void A_period_overlapping_a_range_is_certain_when_every_reading_overlaps()
    {
        var tenure = P("2016", "2018");

        Assert.Equal(Certainty.Certain, tenure.Overlaps(D("2010-01-01"), D("2016-12-31")));
        Assert.Equal(Certainty.Possible, tenure.Overlaps(D("2010-01-01"), D("2016-06-30")));
        Assert.Null(tenure.Overlaps(D("2010-01-01"), D("2015-12-31")));
    }

    [Theory]
    [InlineData("2018", "2016", true)]
    [InlineData("2006-05-16", "2006-05-15", true)]
    [InlineData("2006", "2006-03", false)]
    [InlineData("2006-03", "2006", false)]
    [InlineData("2006-05-16", "2006-05", false)]
    [InlineData("2016", null, false)]
    public void A_period_is_inverted_only_when_its_end_is_certainly_before_its_start(string start, string? end, bool inverted)
    {
        Assert.Equal(inverted, P(start, end).IsInverted);
    }

    [Theory]
    [InlineData("2016", "2018", "2016–2018")]
    [InlineData("2016-05-01", null, "2016-05-01–")]
    [InlineData(null, "2001", "–2001")]
    [InlineData("2014", "2014", "2014")]
    public void Prints_as_a_range(string? start, string? end, string expected)
    {
        Assert.Equal(expected, P(start, end).ToString());
    }

    // Brute-force oracle: enumerate every day each bound may stand for.
    private static bool SomeStartOnOrBefore(Period p, DateOnly day) =>
        p.Start is not PartialDate s || TimeGenerators.DaysOf(s).Any(d => d <= day);

    private static bool EveryStartOnOrBefore(Period p, DateOnly day) =>
        p.Start is not PartialDate s || TimeGenerators.DaysOf(s).All(d => d <= day);

    private static bool SomeEndOnOrAfter(Period p, DateOnly day) =>
        p.End is not PartialDate e || TimeGenerators.DaysOf(e).Any(d => d >= day);

    private static bool EveryEndOnOrAfter(Period p, DateOnly day) =>
        p.End is not PartialDate e || TimeGenerators.DaysOf(e).All(d => d >= day);

    [Property(Arbitrary = [typeof(TimeGenerators)], MaxTest = 300)]
    public bool Certain_exactly_when_every_reading_of_both_bounds_covers_the_day(Period period, DateOnly day) =>
        (period.HoldsOn(day) == Certainty.Certain) == (EveryStartOnOrBefore(period, day) && EveryEndOnOrAfter(period, day));

    [Property(Arbitrary = [typeof(TimeGenerators)], MaxTest = 300)]
    public bool Holding_at_all_exactly_when_some_reading_covers_the_day(Period period, DateOnly day) =>
        (period.HoldsOn(day) is not null) == (SomeStartOnOrBefore(period, day) && SomeEndOnOrAfter(period, day));

    [Property(Arbitrary = [typeof(TimeGenerators)])]
    public bool Day_precise_bounds_never_give_possible(DateOnly a, DateOnly b, DateOnly day)
    {
        var (start, end) = a <= b ? (a, b) : (b, a);
        return new Period(PartialDate.OfDay(start), PartialDate.OfDay(end)).HoldsOn(day) != Certainty.Possible;
    }

    [Property(Arbitrary = [typeof(TimeGenerators)], MaxTest = 100)]
    public Property A_range_is_overlapped_certainly_when_every_reading_of_the_bounds_overlaps_it_possibly_when_some_do(Period period) =>
        Prop.ForAll(TimeGenerators.RangesAround(period.Start, period.End).ToArbitrary(), range =>
            period.Overlaps(range.From, range.To) == TimeGenerators.OverlapByEveryReading(period.Start, period.End, range));

    [Property(Arbitrary = [typeof(TimeGenerators)])]
    public Property Knowing_a_bound_more_precisely_never_loses_certainty_nor_invents_validity(Period period, DateOnly day)
    {
        var refined =
            from start in period.Start is PartialDate s ? TimeGenerators.RefinementOf(s).Select(d => (PartialDate?)d) : Gen.Constant<PartialDate?>(null)
            from end in period.End is PartialDate e ? TimeGenerators.RefinementOf(e).Select(d => (PartialDate?)d) : Gen.Constant<PartialDate?>(null)
            select new Period(start, end);
        var before = period.HoldsOn(day);
        return Prop.ForAll(refined.ToArbitrary(), finer =>
        {
            var after = finer.HoldsOn(day);
            return (before != Certainty.Certain || after == Certainty.Certain) && (before is not null || after is null);
        });
    }

    [Property(Arbitrary = [typeof(TimeGenerators)])]
    public bool A_wider_range_is_never_less_sure(Period period, DateOnly a, DateOnly b, DateOnly c)
    {
        var days = new[] { a, b, c }.Order().ToArray();
        var narrow = period.Overlaps(days[1], days[1]);
        var wide = period.Overlaps(days[0], days[2]);
        return (narrow != Certainty.Certain || wide == Certainty.Certain) && (narrow is null || wide is not null);
    }
}
