namespace ScoGraph.Domain.Time;

/// <summary>How much of a <see cref="PartialDate"/> is known.</summary>
public enum DatePrecision
{
    /// <summary>Only the year: <c>2006</c> covers 2006-01-01..2006-12-31.</summary>
    Year,

    /// <summary>Year and month: <c>2006-05</c> covers 2006-05-01..2006-05-31.</summary>
    Month,

    /// <summary>The exact day: <c>2006-05-16</c> covers that day only.</summary>
    Day,
}
