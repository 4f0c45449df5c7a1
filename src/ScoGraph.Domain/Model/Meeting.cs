using ScoGraph.Domain.Time;

namespace ScoGraph.Domain.Model;

/// <summary>A summit, ministerial, conference...: when, where, who, about what, with what outcome.</summary>
public sealed record Meeting : Entity
{
    public override EntityKind Kind => EntityKind.Meeting;
    public required string Title { get; init; }
    public required MeetingKind MeetingKind { get; init; }

    /// <summary>First and last day (inclusive); a one-day meeting may leave the end out.</summary>
    public required Period Period { get; init; }

    public string? City { get; init; }

    /// <summary>State id of the venue.</summary>
    public string? Country { get; init; }

    /// <summary>State id of the host.</summary>
    public string? Host { get; init; }

    /// <summary>Held online; null when the sources do not say.</summary>
    public bool? Virtual { get; init; }

    public IReadOnlyList<Participant> Participants { get; init; } = [];
    public IReadOnlyList<string> Topics { get; init; } = [];

    /// <summary>Key decisions and outcome documents.</summary>
    public IReadOnlyList<string> Decisions { get; init; } = [];

    /// <summary>
    /// The days it took place: <see cref="Period"/>, or only the start date when no end is given (a meeting without
    /// an end is a one-day meeting, not one that "still holds").
    /// </summary>
    public Period Dates() => Period.End is null && Period.Start is PartialDate day ? Period.On(day) : Period;
}
