namespace ScoGraph.Domain.Validation;

/// <summary>
/// The most items a line's own lists may hold, refused at write time (<see cref="ErrorCodes.TooMany"/>): the API's
/// per-entity lists (<c>sources</c>, <c>citations</c>, <c>aliases</c>, <c>participants</c>, <c>parties</c>, <c>topics</c>,
/// <c>decisions</c>) are copies of them, so they are bounded by these without a check at read time. Each is far above
/// the shipped dataset's largest (6 sources, 5 aliases, 30 participants, 10 parties).
/// </summary>
public static class ListBounds
{
    public const int Sources = 100;

    public const int Aliases = 100;

    public const int Participants = 500;

    /// <summary>More than every state that exists.</summary>
    public const int Parties = 500;

    public const int Topics = 100;

    public const int Decisions = 100;
}
