using ScoGraph.Storage.Neo4j.Http;

namespace ScoGraph.Storage.Neo4j.Tests.Http;

/// <summary>Every shape in which Neo4j 5.13 prints dates and datetimes (semantics page, 2.1), read back exactly.</summary>
public sealed class CypherTemporalSpecs
{
    private static readonly DateTimeOffset At101530 = new(2024, 7, 4, 10, 15, 30, TimeSpan.Zero);

    public static TheoryData<string, DateTimeOffset> DatetimeShapes() => new()
    {
        { "2024-07-04T10:15:30Z", At101530 },
        { "2024-07-04T10:15Z", new DateTimeOffset(2024, 7, 4, 10, 15, 0, TimeSpan.Zero) },          // zero seconds dropped
        { "2024-07-04T00:00Z", new DateTimeOffset(2024, 7, 4, 0, 0, 0, TimeSpan.Zero) },            // datetime('2024-07-04')
        { "2024-07-04T10:15:30.100Z", At101530.AddMilliseconds(100) },                              // fractions in groups of 3
        { "2024-07-04T10:15:30.123456Z", At101530.AddTicks(1_234_560) },
        { "2024-07-04T10:15:30.123456789Z", At101530.AddTicks(1_234_567) },                         // nanoseconds: cut to ticks
        { "2024-07-04T10:15:30+02:00", At101530.AddHours(-2) },                                     // offset kept as given
        { "2024-07-04T10:15:30+02:00[Europe/Berlin]", At101530.AddHours(-2) },                      // zone id after the offset
        { "2024-07-04T10:15:30-05:30", At101530.AddHours(5.5) },
        { "2024-07-04T10:00+02:00[Europe/Berlin]", new DateTimeOffset(2024, 7, 4, 8, 0, 0, TimeSpan.Zero) },      // datetime({…, timezone})
        { "2024-07-04T10:15:30.123456789+05:45", At101530.AddTicks(1_234_567).AddMinutes(-345) },
        { "2024-07-04T10:15:30", At101530 },                                                        // localdatetime: as UTC
        { "2024-07-04T10:15:30.0000000Z", At101530 },                                               // what FormatDateTime writes
    };

    [Theory]
    [MemberData(nameof(DatetimeShapes))]
    public void Every_datetime_shape_reads_as_the_same_UTC_instant(string text, DateTimeOffset expected)
    {
        var read = CypherTemporal.ParseDateTime(text);

        Assert.Equal(expected, read);
        Assert.Equal(TimeSpan.Zero, read.Offset);
    }

    [Fact]
    public void A_written_datetime_reads_back_to_the_same_tick()
    {
        var instant = new DateTimeOffset(2026, 12, 6, 21, 5, 39, TimeSpan.FromHours(5)).AddTicks(9_876_543);

        Assert.Equal(instant, CypherTemporal.ParseDateTime(CypherTemporal.FormatDateTime(instant)));
    }

    [Theory]
    [InlineData("2024-07-04", 2024, 7, 4)]
    [InlineData("0001-01-01", 1, 1, 1)]
    [InlineData("9999-12-31", 9999, 12, 31)]
    public void Dates_read_as_yyyy_MM_dd(string text, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), CypherTemporal.ParseDate(text));

    [Theory]
    [InlineData("+10000-01-01")]
    [InlineData("0000-01-01")]
    [InlineData("-0001-12-31")]
    [InlineData("+999999999-12-31")]
    public void Dates_beyond_NET_years_fail_with_a_message_that_says_so(string text)
    {
        var error = Assert.Throws<FormatException>(() => CypherTemporal.ParseDate(text));

        Assert.Contains("years 0001-9999", error.Message);
    }

    [Fact]
    public void A_datetime_beyond_NET_years_fails_with_a_message_too() =>
        Assert.Contains("years 0001-9999", Assert.Throws<FormatException>(() => CypherTemporal.ParseDateTime("+10000-01-01T00:00Z")).Message);
}
