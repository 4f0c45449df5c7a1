namespace ScoGraph.Domain.Time;

/// <summary>
/// How sure an as-of answer is. Imprecise bounds make a fact <see cref="Possible"/> on the days they
/// might or might not cover; it is <see cref="Certain"/> only when every reading of the bounds agrees.
/// "Does not hold at all" is expressed by a null <c>Certainty?</c>, never by a third member.
/// </summary>
public enum Certainty
{
    /// <summary>Holds whatever the exact (unknown) day of each imprecise bound is.</summary>
    Certain,

    /// <summary>Holds for some readings of the imprecise bounds but not for others.</summary>
    Possible,
}
