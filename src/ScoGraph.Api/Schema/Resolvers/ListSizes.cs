using ScoGraph.Domain.Validation;
using ScoGraph.GraphQL.Types;

namespace ScoGraph.Api.Schema.Resolvers;

/// <summary>
/// Declares the bound of every unpaged per-entity list, so the cost analysis weighs each by the most it can return
/// (like HotChocolate's <c>@listSize</c>) instead of a flat guess. The root lists declare theirs beside their
/// resolvers; a spec checks that no list reachable from <c>Query</c> is left undeclared.
/// </summary>
public static class ListSizes
{
    /// <summary>Every type that cites sources: <c>sources</c> and <c>citations</c> hold at most one item per source.</summary>
    private static readonly string[] SourcedTypes =
    [
        "Sourced", "State", "Organization", "Official", "Post", "Tenure", "Meeting", "Agreement", "MembershipChange", "Claim",
        "ConflictClaim", "TimelineEvent", "StatusChangedEvent", "TenureEvent", "MeetingEvent", "AgreementEvent",
    ];

    /// <summary>Every entity type with its own <c>claims</c> list.</summary>
    private static readonly string[] ClaimingTypes =
        ["State", "Organization", "Official", "Post", "Tenure", "Meeting", "Agreement", "MembershipChange"];

    public static SchemaBuilder BindListSizes(this SchemaBuilder builder)
    {
        foreach (var type in SourcedTypes)
        {
            builder.ListSize(type, "sources", ListBounds.Sources).ListSize(type, "citations", ListBounds.Sources);
        }
        foreach (var type in ClaimingTypes) builder.ListSize(type, "claims", ListLimit.EntityClaims);
        foreach (var type in new[] { "State", "Organization", "Official" }) builder.ListSize(type, "aliases", ListBounds.Aliases);

        return builder
            .ListSize("State", "membershipChanges", ListLimit.StateMembershipChanges)
            .ListSize("Official", "tenures", ListLimit.Tenures)
            .ListSize("Post", "holders", ListLimit.Tenures)
            .ListSize("Meeting", "participants", ListBounds.Participants)
            .ListSize("Meeting", "topics", ListBounds.Topics)
            .ListSize("Meeting", "decisions", ListBounds.Decisions)
            .ListSize("Meeting", "agreements", ListLimit.MeetingAgreements)
            .ListSize("Agreement", "parties", ListBounds.Parties)
            .ListSize("Conflict", "claims", ListLimit.ConflictClaims);
    }
}
