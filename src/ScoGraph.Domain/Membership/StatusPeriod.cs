using ScoGraph.Domain.Model;
using ScoGraph.Domain.Time;

namespace ScoGraph.Domain.Membership;

/// <summary>
/// A state's status in an organization from one membership change (<see cref="Since"/>) until the day before the
/// next (<see cref="Until"/>, exclusive). Both are partial dates, so both edges may be imprecise:
/// a status that changed on <c>2017-06-09</c> and again in <c>2024</c> holds CERTAINly from 2017-06-09 to 2023-12-31,
/// POSSIBLY during 2024 until 2024-12-30, and not on 2024-12-31 (the next status already holds on the last day the
/// change can have happened).
/// </summary>
/// <param name="Since">Date of the change that started it; null for the status before the first recorded change.</param>
/// <param name="Until">Date of the change that ended it (exclusive); null while it still holds.</param>
/// <param name="StartedBy">Id of the membership change that started it (null for the status before the first).</param>
/// <param name="EndedBy">Id of the membership change that ended it.</param>
public sealed record StatusPeriod(
    string State,
    string Organization,
    MembershipStatus Status,
    PartialDate? Since,
    PartialDate? Until,
    string? StartedBy,
    string? EndedBy)
{
    /// <summary>The inclusive end bounds are the day before each day the ending change may have happened on.</summary>
    public ValidityBounds Bounds => new(Since?.Earliest, Since?.Latest, DayBefore(Until?.Earliest), DayBefore(Until?.Latest));

    /// <summary>Whether the state had this status on <paramref name="day"/> (rules of <see cref="ValidityBounds"/>).</summary>
    public Certainty? HoldsOn(DateOnly day) => Bounds.HoldsOn(day);

    private static DateOnly? DayBefore(DateOnly? day) =>
        day is DateOnly d ? (d == DateOnly.MinValue ? d : d.AddDays(-1)) : null;
}
