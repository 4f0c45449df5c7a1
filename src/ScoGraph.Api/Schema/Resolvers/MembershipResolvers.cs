using ScoGraph.Api.Schema.Loaders;
using ScoGraph.Api.Schema.Nodes;
using ScoGraph.Domain.Membership;
using ScoGraph.Domain.Model;
using ScoGraph.Domain.Time;
using ScoGraph.GraphQL.Types;

namespace ScoGraph.Api.Schema.Resolvers;

/// <summary>
/// <c>Query.membership</c>, <c>Query.membershipChanges</c> and the <c>MembershipChange</c> and <c>MembershipEntry</c>
/// types, over the organization's status periods (<see cref="StatusTimeline"/>).
/// </summary>
public static class MembershipResolvers
{
    public static SchemaBuilder BindMembership(this SchemaBuilder builder) => builder
        .RootAsync("membership", MembershipAsync)
        .RootAsync("membershipChanges", ChangesAsync)
        .ListSize("Query", "membership", ListLimit.Membership)
        .ListSize("Query", "membershipChanges", ListLimit.MembershipChanges)
        .BindType<GraphNode<MembershipChange>>("MembershipChange")
        .Read<GraphNode<MembershipChange>>("MembershipChange", "id", c => c.Entity.Id)
        .ReadAsync<GraphNode<MembershipChange>, GraphNode<State>>("MembershipChange", "state", async (c, context) =>
            await EntityLoader.NodeAsync<State>(context, c.Scope, c.Entity.State) ?? throw Arguments.UnknownId(c.Entity.State))
        .ReadAsync<GraphNode<MembershipChange>, GraphNode<Organization>>("MembershipChange", "organization", async (c, context) =>
            await EntityLoader.NodeAsync<Organization>(context, c.Scope, c.Entity.Organization) ?? throw Arguments.UnknownId(c.Entity.Organization))
        .Read<GraphNode<MembershipChange>>("MembershipChange", "fromStatus", c => Status(c.Entity.From))
        .Read<GraphNode<MembershipChange>>("MembershipChange", "toStatus", c => Status(c.Entity.To))
        .Read<GraphNode<MembershipChange>>("MembershipChange", "effective", c => c.Entity.Effective)
        .ReadAsync<GraphNode<MembershipChange>, GraphNode<Meeting>?>("MembershipChange", "decidedAt", (c, context) =>
            EntityLoader.NodeAsync<Meeting>(context, c.Scope, c.Entity.DecidedAt))
        .BindSources<MembershipChange>("MembershipChange")
        .BindClaims<MembershipChange>("MembershipChange")
        .BindType<MembershipEntryNode>("MembershipEntry")
        .ReadAsync<MembershipEntryNode, GraphNode<State>>("MembershipEntry", "state", async (e, context) =>
            await EntityLoader.NodeAsync<State>(context, e.Scope, e.State) ?? throw Arguments.UnknownId(e.State))
        .Read<MembershipEntryNode>("MembershipEntry", "status", e => e.Status)
        .Read<MembershipEntryNode>("MembershipEntry", "since", e => e.Since)
        .Read<MembershipEntryNode>("MembershipEntry", "certainty", e => e.Certainty);

    /// <summary>NONE is "no status": the schema shows it as null.</summary>
    private static object? Status(MembershipStatus status) => status == MembershipStatus.None ? null : status;

    private static string Organization(IResolverContext context) => context.String("organization") ?? MembershipChange.DefaultOrganization;

    private static async Task<IReadOnlyList<MembershipEntryNode>> MembershipAsync(IResolverContext context)
    {
        var scope = context.ReadScope();
        var day = context.DateOrToday();
        var membership = await MembershipLoader.LoadNowAsync(context, scope, Organization(context));
        var statuses = context.List<MembershipStatus>("status");
        var certainOnly = context.Enum<Certainty>("certainty") == Certainty.Certain;
        var standings = MembershipQuery.On(membership.Timeline, day, statuses, certainOnly)
            // NONE is no status; a status held "since before the first recorded change" has no date for the
            // non-null `since`, so only dated standings are listed (the state's own `status` still shows it).
            .Where(s => s.Status != MembershipStatus.None && s.Period.Since is not null)
            .ToArray();
        ListLimit.Check(standings, ListLimit.Membership, $"The membership of \"{Organization(context)}\" on {day:yyyy-MM-dd}", "filter by \"status\"");
        // The states are known now: load them in one call instead of a batch round after this field.
        if (Selections.Selects(context, "state"))
            await EntityLoader.PreloadAsync(context, scope, standings.Select(s => s.State).Distinct(StringComparer.Ordinal).ToArray());
        return standings.Select(s => new MembershipEntryNode(s.State, s.Status, s.Period.Since, s.Certainty, scope)).ToArray();
    }

    private static async Task<IReadOnlyList<GraphNode<MembershipChange>>> ChangesAsync(IResolverContext context)
    {
        var scope = context.ReadScope();
        var from = context.Date("from") ?? DateOnly.MinValue;
        var to = context.Date("to") ?? DateOnly.MaxValue;
        if (from > to) throw Arguments.BadInput($"\"from\" ({from:yyyy-MM-dd}) is after \"to\" ({to:yyyy-MM-dd}).");
        var membership = await MembershipLoader.LoadNowAsync(context, scope, Organization(context));
        var changes = membership.Changes
            .Where(c => c.Effective.Bounds.Overlaps(from, to) is not null)
            .OrderBy(c => c.Effective).ThenBy(c => c.State, StringComparer.Ordinal).ThenBy(c => c.Id, StringComparer.Ordinal)
            .Select(c => new GraphNode<MembershipChange>(c, scope))
            .ToArray();
        return ListLimit.Check(changes, ListLimit.MembershipChanges, $"The membership changes of \"{Organization(context)}\"", "narrow \"from\" and \"to\"");
    }
}
