namespace ScoGraph.Domain.Time;

/// <summary>
/// A stretch of valid time between two partial dates, <b>both inclusive</b>. A missing <see cref="End"/> means the
/// fact still holds; a missing <see cref="Start"/> means it held since before anything recorded. A single-day or
/// single-event period has <c>Start == End</c> (see <see cref="On"/>).
/// </summary>
/// <remarks>
/// As-of rules (<see cref="HoldsOn"/>), with the tenure <c>2016</c>–<c>2018</c>:
/// <list type="bullet">
/// <item>2017-03-01 → <see cref="Certainty.Certain"/>: after every day 2016 may mean, before every day 2018 may mean.</item>
/// <item>2016-01-01 → <see cref="Certainty.Possible"/>: the start is known only to the year.</item>
/// <item>2018-12-31 → <see cref="Certainty.Possible"/>: the end is known only to the year.</item>
/// <item>2019-01-01 and 2015-12-31 → null: not at all.</item>
/// </list>
/// <c>2016-05-01</c>–(open) holds CERTAINly on every day from 2016-05-01 on, including today.
/// The full rule is written on <see cref="ValidityBounds"/>.
/// </remarks>
public sealed record Period(PartialDate? Start, PartialDate? End)
{
    /// <summary>An event on one partial date: <c>On(2014)</c> is "some day in 2014".</summary>
    public static Period On(PartialDate date) => new(date, date);

    /// <summary>From <paramref name="start"/> on, still holding.</summary>
    public static Period Since(PartialDate start) => new(start, null);

    /// <summary>
    /// True when the end certainly lies before the start: even the end's latest day is before the start's earliest
    /// (<c>2018</c>–<c>2016</c>, <c>2006-05-16</c>–<c>2006-05-15</c>). Imprecise bounds that may be read in order, such
    /// as <c>2006</c>–<c>2006-03</c>, are not inverted.
    /// </summary>
    public bool IsInverted => Start is PartialDate s && End is PartialDate e && e.Latest < s.Earliest;

    /// <summary>The four days every as-of rule works with.</summary>
    public ValidityBounds Bounds => new(Start?.Earliest, Start?.Latest, End?.Earliest, End?.Latest);

    /// <summary>Whether the period holds on <paramref name="day"/>: CERTAIN, POSSIBLE or null (not at all).</summary>
    public Certainty? HoldsOn(DateOnly day) => Bounds.HoldsOn(day);

    /// <summary>Whether the period overlaps the inclusive range <paramref name="from"/>..<paramref name="to"/>.</summary>
    public Certainty? Overlaps(DateOnly from, DateOnly to) => Bounds.Overlaps(from, to);

    /// <summary><c>2016–2018</c>, <c>2016-05-01–</c> (open end), <c>–2001</c> (open start).</summary>
    public override string ToString() => Start == End && Start is not null ? Start.Value.ToString() : $"{Start}–{End}";
}
