namespace ScoGraph.Domain.Time;

/// <summary>
/// The valid time of a fact as four plain days: the true start lies in <see cref="StartEarliest"/>..<see cref="StartLatest"/>,
/// the true (inclusive) end in <see cref="EndEarliest"/>..<see cref="EndLatest"/>. A null start means "since before
/// anything recorded", a null end means "still holds". Every as-of and range rule is decided here, once, so that
/// <see cref="Period"/>, derived status periods and the stores (which keep these four days as indexed columns)
/// cannot disagree.
/// </summary>
/// <remarks>
/// The rules, for a range <c>from..to</c> (an as-of date D is the range D..D):
/// <list type="bullet">
/// <item><b>CERTAIN</b> when even the latest possible start is on or before <c>to</c> and even the earliest possible
/// end is on or after <c>from</c>: every reading of the bounds overlaps the range.</item>
/// <item><b>POSSIBLE</b> when the earliest possible start is on or before <c>to</c> and the latest possible end is on
/// or after <c>from</c>, but it is not certain: some readings overlap, some do not.</item>
/// <item>otherwise <b>null</b>: no reading overlaps.</item>
/// </list>
/// Example, a tenure 2016–2018 (year precision): start in 2016-01-01..2016-12-31, end in 2018-01-01..2018-12-31.
/// On 2017-03-01 it is CERTAIN; on 2016-01-01 POSSIBLE (it may have begun later in 2016); on 2018-12-31 POSSIBLE;
/// on 2019-01-01 null. An event dated <c>2014</c> (start = end = 2014) lies CERTAINly in 2014-01-01..2014-12-31 but
/// only POSSIBLY in 2014-03-01..2014-04-30.
/// </remarks>
public readonly record struct ValidityBounds(DateOnly? StartEarliest, DateOnly? StartLatest, DateOnly? EndEarliest, DateOnly? EndLatest)
{
    /// <summary>Always valid: no start, no end.</summary>
    public static ValidityBounds Always => new(null, null, null, null);

    /// <summary>The as-of rule: does the fact hold on <paramref name="day"/>, and how surely (null = not at all).</summary>
    public Certainty? HoldsOn(DateOnly day) => Overlaps(day, day);

    /// <summary>The range rule (see the type's remarks); <paramref name="from"/> and <paramref name="to"/> are inclusive.</summary>
    public Certainty? Overlaps(DateOnly from, DateOnly to)
    {
        if (from > to) return null;
        var possible = (StartEarliest is not DateOnly se || se <= to) && (EndLatest is not DateOnly el || el >= from);
        if (!possible) return null;
        var certain = (StartLatest is not DateOnly sl || sl <= to) && (EndEarliest is not DateOnly ee || ee >= from);
        return certain ? Certainty.Certain : Certainty.Possible;
    }
}
