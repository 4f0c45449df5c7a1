using ScoGraph.Api.Schema.Loaders;
using ScoGraph.Api.Schema.Nodes;
using ScoGraph.Domain.Membership;
using ScoGraph.Domain.Model;
using ScoGraph.Domain.Time;
using ScoGraph.GraphQL.Types;

namespace ScoGraph.Api.Schema.Resolvers;

/// <summary>The <c>State</c> type: status on a date and membership changes come from the organization's membership (one load per request).</summary>
public static class StateResolvers
{
    public static SchemaBuilder BindState(this SchemaBuilder builder) => builder
        .BindType<GraphNode<State>>("State")
        .Read<GraphNode<State>>("State", "id", s => s.Entity.Id)
        .Read<GraphNode<State>>("State", "iso3", s => s.Entity.Iso3)
        .Read<GraphNode<State>>("State", "name", s => s.Entity.Name)
        .Read<GraphNode<State>>("State", "aliases", s => s.Entity.Aliases)
        .ReadAsync<GraphNode<State>, object?>("State", "status", StatusAsync)
        .ReadAsync<GraphNode<State>, IReadOnlyList<GraphNode<MembershipChange>>>("State", "membershipChanges", async (s, context) =>
        {
            var membership = await MembershipLoader.LoadAsync(context, s.Scope, Organization(context));
            return ListLimit.Check(membership.ChangesOf(s.Entity.Id).Select(c => new GraphNode<MembershipChange>(c, s.Scope)).ToArray(),
                ListLimit.StateMembershipChanges, $"The membership changes of \"{s.Entity.Id}\"", "use Query.membershipChanges with \"from\" and \"to\"");
        })
        .ReadAsync<GraphNode<State>, IReadOnlyList<EventNode>>("State", "timeline", (s, context) =>
            TimelineResolvers.EntityTimelineAsync(context, s.Scope, s.Entity.Id))
        .BindSources<State>("State")
        .BindClaims<State>("State");

    private static string Organization(IResolverContext context) => context.String("organization") ?? MembershipChange.DefaultOrganization;

    private static async Task<object?> StatusAsync(GraphNode<State> state, IResolverContext context)
    {
        var organization = Organization(context);
        var membership = await MembershipLoader.LoadAsync(context, state.Scope, organization);
        var standings = MembershipQuery.StatusOf(membership.Timeline, state.Entity.Id, context.DateOrToday(), organization);
        // Near an imprecise change two statuses may hold; the certain one wins, else the newer one.
        var standing = standings.FirstOrDefault(s => s.Certainty == Certainty.Certain) ?? standings.LastOrDefault();
        return standing is null || standing.Status == MembershipStatus.None ? null : standing.Status;
    }
}
