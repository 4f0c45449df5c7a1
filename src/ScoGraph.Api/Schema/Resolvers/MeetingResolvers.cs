using ScoGraph.Api.Schema.Loaders;
using ScoGraph.Api.Schema.Nodes;
using ScoGraph.Domain.Facts;
using ScoGraph.Domain.Model;
using ScoGraph.Domain.Ports;
using ScoGraph.GraphQL.Types;

namespace ScoGraph.Api.Schema.Resolvers;

/// <summary>The <c>Meeting</c> and <c>Participation</c> types.</summary>
public static class MeetingResolvers
{
    public static SchemaBuilder BindMeeting(this SchemaBuilder builder) => builder
        .BindType<GraphNode<Meeting>>("Meeting")
        .Read<GraphNode<Meeting>>("Meeting", "id", m => m.Entity.Id)
        .Read<GraphNode<Meeting>>("Meeting", "title", m => m.Entity.Title)
        .Read<GraphNode<Meeting>>("Meeting", "kind", m => m.Entity.MeetingKind)
        .Read<GraphNode<Meeting>>("Meeting", "city", m => m.Entity.City)
        .ReadAsync<GraphNode<Meeting>, GraphNode<State>?>("Meeting", "country", (m, context) =>
            EntityLoader.NodeAsync<State>(context, m.Scope, m.Entity.Country))
        .ReadAsync<GraphNode<Meeting>, GraphNode<State>?>("Meeting", "host", (m, context) =>
            EntityLoader.NodeAsync<State>(context, m.Scope, m.Entity.Host))
        // A meeting without an end took place on its first day (it does not "still hold").
        .Read<GraphNode<Meeting>>("Meeting", "period", m => m.Entity.Dates())
        .Read<GraphNode<Meeting>>("Meeting", "virtual", m => m.Entity.Virtual ?? false)
        .Read<GraphNode<Meeting>>("Meeting", "participants", m =>
            m.Entity.Participants.Select(p => new ParticipationNode(p, m.Scope)).ToArray())
        .Read<GraphNode<Meeting>>("Meeting", "topics", m => m.Entity.Topics)
        .Read<GraphNode<Meeting>>("Meeting", "decisions", m => m.Entity.Decisions)
        .ReadAsync<GraphNode<Meeting>, IReadOnlyList<GraphNode<Agreement>>>("Meeting", "agreements", AgreementsAsync)
        .BindSources<Meeting>("Meeting")
        .BindClaims<Meeting>("Meeting")
        .BindType<ParticipationNode>("Participation")
        .ReadAsync<ParticipationNode, object>("Participation", "participant", async (p, context) =>
            await ActorResolvers.ActorAsync(context, p.Scope, p.Participant.Entity) ?? throw Arguments.UnknownId(p.Participant.Entity))
        .Read<ParticipationNode>("Participation", "role", p => p.Participant.Role)
        .ReadAsync<ParticipationNode, object?>("Participation", "represented", (p, context) =>
            ActorResolvers.ActorAsync(context, p.Scope, p.Participant.Represents));

    /// <summary>Agreements whose <c>signedAt</c> points at the meeting, oldest first.</summary>
    private static async Task<IReadOnlyList<GraphNode<Agreement>>> AgreementsAsync(GraphNode<Meeting> meeting, IResolverContext context)
    {
        var facts = await FactLoader.LoadAsync(context, meeting.Scope,
            new FactSelection(FactDirection.Incoming, [Predicates.SignedAt]), meeting.Entity.Id);
        var agreements = await EntityLoader.NodesAsync<Agreement>(context, meeting.Scope, facts.Select(f => f.Fact.ItemId));
        return ListLimit.Check(agreements.OrderBy(a => a.Entity.Signed).ThenBy(a => a.Entity.Id, StringComparer.Ordinal).ToArray(),
            ListLimit.MeetingAgreements, $"The agreements signed at \"{meeting.Entity.Id}\"", "page Query.agreements instead");
    }
}
