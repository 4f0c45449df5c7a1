using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ScoGraph.Domain.Time;

namespace ScoGraph.Domain.Tests.Time;

public class PartialDateSpecs
{
    [Theory]
    [InlineData("2006", DatePrecision.Year, "2006-01-01", "2006-12-31")]
    [InlineData("2006-05", DatePrecision.Month, "2006-05-01", "2006-05-31")]
    [InlineData("2006-05-16", DatePrecision.Day, "2006-05-16", "2006-05-16")]
    [InlineData("2024-02", DatePrecision.Month, "2024-02-01", "2024-02-29")]
    [InlineData("2023-02", DatePrecision.Month, "2023-02-01", "2023-02-28")]
    [InlineData("0001", DatePrecision.Year, "0001-01-01", "0001-12-31")]
    [InlineData("9999-12-31", DatePrecision.Day, "9999-12-31", "9999-12-31")]
    public void A_partial_date_covers_the_interval_of_its_precision(string text, DatePrecision precision, string earliest, string latest)
    {
        var date = PartialDate.Parse(text);

        Assert.Equal(precision, date.Precision);
        Assert.Equal(DateOnly.Parse(earliest), date.Earliest);
        Assert.Equal(DateOnly.Parse(latest), date.Latest);
        Assert.Equal(text, date.ToString());
    }

    [Theory]
    [InlineData("2006-13", "month 13 does not exist")]
    [InlineData("2006-00", "month 0 does not exist")]
    [InlineData("2006-02-30", "February 2006 has 28 days")]
    [InlineData("2023-02-29", "February 2023 has 28 days")]
    [InlineData("2006-04-31", "April 2006 has 30 days")]
    [InlineData("2006-05-00", "May 2006 has 31 days")]
    [InlineData("0000", "year 0 is out of range (0001-9999)")]
    public void Impossible_dates_are_refused_with_the_reason(string text, string reason)
    {
        Assert.False(PartialDate.TryParse(text, out _, out var error));
        Assert.Equal($"\"{text}\" is not a partial date (accepted: YYYY, YYYY-MM, YYYY-MM-DD): {reason}", error);
    }

    [Theory]
    [InlineData("06")]
    [InlineData("206")]
    [InlineData("20060")]
    [InlineData("2006-5")]
    [InlineData("2006-05-1")]
    [InlineData("2006/05/16")]
    [InlineData("2006-05-16T00:00:00")]
    [InlineData(" 2006")]
    [InlineData("2006 ")]
    [InlineData("+2006")]
    [InlineData("-2006")]
    [InlineData("２００６")]
    [InlineData("May 2006")]
    [InlineData("")]
    public void Text_of_another_shape_is_refused_naming_the_accepted_shapes(string text)
    {
        Assert.False(PartialDate.TryParse(text, out _, out var error));
        Assert.Equal($"\"{text}\" is not a partial date (accepted: YYYY, YYYY-MM, YYYY-MM-DD)", error);
        var thrown = Assert.Throws<FormatException>(() => PartialDate.Parse(text));
        Assert.Equal(error, thrown.Message);
    }

    [Fact]
    public void A_missing_date_is_refused_without_an_exception()
    {
        Assert.False(PartialDate.TryParse(null, out _, out var error));
        Assert.Contains("required", error);
    }

    [Fact]
    public void Very_long_input_is_quoted_shortened_in_the_message()
    {
        Assert.False(PartialDate.TryParse(new string('9', 5000), out _, out var error));
        Assert.True(error.Length < 120);
    }

    [Fact]
    public void Factory_methods_refuse_impossible_dates()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PartialDate.OfMonth(2006, 13));
        Assert.Throws<ArgumentOutOfRangeException>(() => PartialDate.OfDay(2006, 2, 30));
        Assert.Throws<ArgumentOutOfRangeException>(() => PartialDate.OfYear(0));
    }

    [Fact]
    public void A_year_is_not_equal_to_its_first_day()
    {
        Assert.NotEqual(PartialDate.Parse("2006"), PartialDate.Parse("2006-01-01"));
        Assert.NotEqual(PartialDate.Parse("2006"), PartialDate.Parse("2006-01"));
        Assert.Equal(PartialDate.Parse("2006-05"), PartialDate.OfMonth(2006, 5));
    }

    [Fact]
    public void Dates_sort_by_their_first_day_then_finer_before_coarser()
    {
        var sorted = new[] { "2006-02", "2006", "2006-01", "2006-01-01", "2005-12-31", "2006-01-02" }
            .Select(PartialDate.Parse).Order().Select(d => d.ToString());

        Assert.Equal(["2005-12-31", "2006-01-01", "2006-01", "2006", "2006-01-02", "2006-02"], sorted);
    }

    [Property(Arbitrary = [typeof(TimeGenerators)])]
    public bool Printing_then_parsing_gives_the_same_date(PartialDate date) =>
        PartialDate.Parse(date.ToString()) == date;

    [Property(Arbitrary = [typeof(TimeGenerators)])]
    public bool The_order_is_by_earliest_then_latest_day_and_agrees_with_equality(PartialDate a, PartialDate b)
    {
        var expected = a.Earliest != b.Earliest ? a.Earliest.CompareTo(b.Earliest) : a.Latest.CompareTo(b.Latest);
        return Math.Sign(a.CompareTo(b)) == Math.Sign(expected)
            && (a.CompareTo(b) == 0) == (a == b)
            && Math.Sign(a.CompareTo(b)) == -Math.Sign(b.CompareTo(a));
    }

    [Property(Arbitrary = [typeof(TimeGenerators)], MaxTest = 100)]
    public Property A_dates_bounds_overlap_a_range_as_an_event_on_any_of_its_days_would(PartialDate date) =>
        Prop.ForAll(TimeGenerators.RangesAround(date).ToArbitrary(), range =>
            date.Bounds.Overlaps(range.From, range.To) == TimeGenerators.OverlapByEveryReading(date, date, range));

    [Fact]
    public void An_event_known_to_the_year_lies_certainly_in_that_year_and_possibly_in_part_of_it()
    {
        var bounds = PartialDate.Parse("2014").Bounds;

        Assert.Equal(Certainty.Certain, bounds.Overlaps(new DateOnly(2014, 1, 1), new DateOnly(2014, 12, 31)));
        Assert.Equal(Certainty.Possible, bounds.Overlaps(new DateOnly(2014, 3, 1), new DateOnly(2014, 4, 30)));
        Assert.Null(bounds.Overlaps(new DateOnly(2015, 1, 1), new DateOnly(2015, 12, 31)));
    }

    [Property(Arbitrary = [typeof(TimeGenerators)])]
    public bool A_date_covers_exactly_the_days_between_earliest_and_latest(PartialDate date, DateOnly day) =>
        date.Covers(day) == (date.Earliest <= day && day <= date.Latest)
        && date.Covers(date.Earliest) && date.Covers(date.Latest)
        && !date.Covers(date.Earliest.AddDays(-1)) && !date.Covers(date.Latest.AddDays(1));
}
