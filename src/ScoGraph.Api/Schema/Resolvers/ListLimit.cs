using ScoGraph.GraphQL.Execution;

namespace ScoGraph.Api.Schema.Resolvers;

/// <summary>
/// The documented maxima of the unpaged lists other than the event lists (<see cref="EventListLimit"/>). A list that
/// would be longer is refused with <c>RESULT_TOO_LARGE</c> saying how to narrow it, never cut silently; the schema
/// declares each maximum as the list's size so the cost analysis weighs the list by it.
/// </summary>
public static class ListLimit
{
    /// <summary>
    /// <c>Query.conflicts</c>: narrow with <c>subject</c>. Smaller than the others because each conflict carries nested
    /// claims and sources: at 1000 the cost analysis refused even the README's one-subject question.
    /// </summary>
    public const int Conflicts = 100;

    /// <summary><c>Query.history</c>: versions of one id; far beyond any real correction count.</summary>
    public const int History = 1000;

    /// <summary><c>Query.membership</c>: one entry per state with a status on the date.</summary>
    public const int Membership = 1000;

    /// <summary><c>Query.membershipChanges</c>: narrow with <c>from</c> and <c>to</c>.</summary>
    public const int MembershipChanges = 1000;

    /// <summary><c>Query.officeHolders</c>: tenures of one post.</summary>
    public const int OfficeHolders = 1000;

    // The per-entity lists below are declared as list sizes in ListSizes, with the lists bounded at write time
    // (ListBounds): the cost analysis weighs every one by its maximum.

    /// <summary>An entity's <c>claims</c>: narrow with <c>predicate</c> (or page <c>Query.claims</c>).</summary>
    public const int EntityClaims = 100;

    /// <summary><c>Official.tenures</c> and <c>Post.holders</c>: tenures of one official or post.</summary>
    public const int Tenures = 100;

    /// <summary><c>Meeting.agreements</c>: agreements signed at one meeting.</summary>
    public const int MeetingAgreements = 100;

    /// <summary><c>State.membershipChanges</c>: one state's changes in one organization.</summary>
    public const int StateMembershipChanges = 100;

    /// <summary><c>Conflict.claims</c>: one per distinct value among the subject's claims and its own field value.</summary>
    public const int ConflictClaims = EntityClaims + 1;

    /// <summary>
    /// <c>ConflictClaim.sources</c> and <c>citations</c>: the distinct sources of every fact stating one value. Each fact
    /// cites at most <see cref="ScoGraph.Domain.Validation.ListBounds.Sources"/>; several facts together could cite more.
    /// </summary>
    public const int ConflictClaimSources = ScoGraph.Domain.Validation.ListBounds.Sources;

    /// <summary><paramref name="items"/> when at most <paramref name="maximum"/>, else the error that says how to narrow.</summary>
    public static IReadOnlyList<T> Check<T>(IReadOnlyList<T> items, int maximum, string what, string narrow) => items.Count <= maximum
        ? items
        : throw new GraphQLException(
            $"{what} has more than {maximum} items, the most one answer holds; {narrow}.",
            new Dictionary<string, object?> { ["code"] = EventListLimit.Code, ["maximum"] = maximum });
}
