using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace ScoGraph.Domain.Time;

/// <summary>
/// An ISO 8601 calendar date of reduced precision: <c>2006</c>, <c>2006-05</c> or <c>2006-05-16</c>.
/// A partial date stands for one unknown day inside the interval it covers
/// (<see cref="Earliest"/>..<see cref="Latest"/>, both inclusive): <c>2006</c> is some day of 2006.
/// </summary>
/// <remarks>
/// Ordering is by <see cref="Earliest"/>, then <see cref="Latest"/>, so coarser dates sort after the finer dates
/// they start with: <c>2006-01-01 &lt; 2006-01 &lt; 2006 &lt; 2006-02</c>. Two partial dates are equal only when
/// year, month and day (and so the precision) are equal: <c>2006</c> is not equal to <c>2006-01-01</c>.
/// <c>default(PartialDate)</c> (year 0) is not a date: it only marks "never set", validators refuse it, and its
/// <see cref="Earliest"/>/<see cref="Latest"/> throw.
/// </remarks>
public readonly record struct PartialDate : IComparable<PartialDate>
{
    /// <summary>The accepted shapes, quoted in every parse error.</summary>
    public const string AcceptedFormats = "YYYY, YYYY-MM, YYYY-MM-DD";

    private PartialDate(int year, int? month, int? day)
    {
        Year = year;
        Month = month;
        Day = day;
    }

    public int Year { get; }

    /// <summary>1..12, or null at <see cref="DatePrecision.Year"/> precision.</summary>
    public int? Month { get; }

    /// <summary>1..31, or null unless the precision is <see cref="DatePrecision.Day"/>.</summary>
    public int? Day { get; }

    public DatePrecision Precision => Day is not null ? DatePrecision.Day
        : Month is not null ? DatePrecision.Month
        : DatePrecision.Year;

    /// <summary>The first day the date may stand for.</summary>
    public DateOnly Earliest => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>The last day the date may stand for.</summary>
    public DateOnly Latest => Day is int d ? new DateOnly(Year, Month!.Value, d)
        : Month is int m ? new DateOnly(Year, m, DateTime.DaysInMonth(Year, m))
        : new DateOnly(Year, 12, 31);

    /// <summary>
    /// The valid time of an event on this date (what <see cref="Period.On"/> has), without building a period:
    /// <c>2014</c> lies CERTAINly in 2014-01-01..2014-12-31 but only POSSIBLY in 2014-03-01..2014-04-30.
    /// </summary>
    public ValidityBounds Bounds => new(Earliest, Latest, Earliest, Latest);

    /// <summary>Whether <paramref name="day"/> is one of the days this date may stand for.</summary>
    public bool Covers(DateOnly day) => Earliest <= day && day <= Latest;

    public static PartialDate OfYear(int year) => Create(year, null, null);

    public static PartialDate OfMonth(int year, int month) => Create(year, month, null);

    public static PartialDate OfDay(int year, int month, int day) => Create(year, month, day);

    public static PartialDate OfDay(DateOnly day) => new(day.Year, day.Month, day.Day);

    private static PartialDate Create(int year, int? month, int? day)
    {
        var error = Check(year, month, day);
        return error is null ? new PartialDate(year, month, day) : throw new ArgumentOutOfRangeException(nameof(year), error);
    }

    /// <summary>Parses <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>; throws <see cref="FormatException"/> with a clear message.</summary>
    public static PartialDate Parse(string text) =>
        TryParse(text, out var date, out var error) ? date : throw new FormatException(error);

    public static bool TryParse([NotNullWhen(true)] string? text, out PartialDate date) => TryParse(text, out date, out _);

    /// <summary>
    /// Parses a partial date. Exactly four year digits (0001..9999), then optionally <c>-MM</c>, then optionally
    /// <c>-DD</c>; nothing else (no time, no sign, no spaces). On failure <paramref name="error"/> says why, e.g.
    /// <c>"2006-13" is not a partial date (accepted: YYYY, YYYY-MM, YYYY-MM-DD): month 13 does not exist</c>.
    /// </summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out PartialDate date, [NotNullWhen(false)] out string? error)
    {
        date = default;
        if (text is null)
        {
            error = $"a partial date is required (accepted: {AcceptedFormats})";
            return false;
        }

        if (!HasShape(text))
        {
            error = $"{Quote(text)} is not a partial date (accepted: {AcceptedFormats})";
            return false;
        }

        int year = Digits(text, 0, 4);
        int? month = text.Length >= 7 ? Digits(text, 5, 2) : null;
        int? day = text.Length == 10 ? Digits(text, 8, 2) : null;
        var reason = Check(year, month, day);
        if (reason is not null)
        {
            error = $"{Quote(text)} is not a partial date (accepted: {AcceptedFormats}): {reason}";
            return false;
        }

        date = new PartialDate(year, month, day);
        error = null;
        return true;
    }

    private static bool HasShape(string text)
    {
        if (text.Length is not (4 or 7 or 10)) return false;
        for (var i = 0; i < text.Length; i++)
        {
            var dash = i is 4 or 7;
            if (dash ? text[i] != '-' : !char.IsAsciiDigit(text[i])) return false;
        }
        return true;
    }

    private static int Digits(string text, int start, int length) =>
        int.Parse(text.AsSpan(start, length), NumberStyles.None, CultureInfo.InvariantCulture);

    private static string? Check(int year, int? month, int? day)
    {
        if (year is < 1 or > 9999) return $"year {year} is out of range (0001-9999)";
        if (day is not null && month is null) return "a day needs a month";
        if (month is int m && m is < 1 or > 12) return $"month {m} does not exist";
        if (day is int d)
        {
            var days = DateTime.DaysInMonth(year, month!.Value);
            if (d < 1 || d > days)
                return $"{CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month.Value)} {year:D4} has {days} days";
        }
        return null;
    }

    private static string Quote(string text) => text.Length > 40 ? $"\"{text[..40]}…\"" : $"\"{text}\"";

    public int CompareTo(PartialDate other)
    {
        var byStart = Earliest.CompareTo(other.Earliest);
        return byStart != 0 ? byStart : Latest.CompareTo(other.Latest);
    }

    public static bool operator <(PartialDate left, PartialDate right) => left.CompareTo(right) < 0;
    public static bool operator >(PartialDate left, PartialDate right) => left.CompareTo(right) > 0;
    public static bool operator <=(PartialDate left, PartialDate right) => left.CompareTo(right) <= 0;
    public static bool operator >=(PartialDate left, PartialDate right) => left.CompareTo(right) >= 0;

    /// <summary>The ISO text: <c>2006</c>, <c>2006-05</c> or <c>2006-05-16</c> (round-trips through <see cref="Parse"/>).</summary>
    public override string ToString() => Precision switch
    {
        DatePrecision.Day => $"{Year:D4}-{Month:D2}-{Day:D2}",
        DatePrecision.Month => $"{Year:D4}-{Month:D2}",
        _ => $"{Year:D4}",
    };
}
