using ScoGraph.Api.Schema.Loaders;
using ScoGraph.Api.Schema.Nodes;
using ScoGraph.Domain.Model;
using ScoGraph.GraphQL.Types;

namespace ScoGraph.Api.Schema.Resolvers;

/// <summary>The <c>Agreement</c> and <c>AgreementParty</c> types.</summary>
public static class AgreementResolvers
{
    public static SchemaBuilder BindAgreement(this SchemaBuilder builder) => builder
        .BindType<GraphNode<Agreement>>("Agreement")
        .Read<GraphNode<Agreement>>("Agreement", "id", a => a.Entity.Id)
        .Read<GraphNode<Agreement>>("Agreement", "title", a => a.Entity.Title)
        .Read<GraphNode<Agreement>>("Agreement", "kind", a => a.Entity.AgreementKind)
        .Read<GraphNode<Agreement>>("Agreement", "signed", a => a.Entity.Signed)
        .Read<GraphNode<Agreement>>("Agreement", "place", a => a.Entity.Place)
        .ReadAsync<GraphNode<Agreement>, GraphNode<Meeting>?>("Agreement", "meeting", (a, context) =>
            EntityLoader.NodeAsync<Meeting>(context, a.Scope, a.Entity.Meeting))
        .Read<GraphNode<Agreement>>("Agreement", "entryIntoForce", a => a.Entity.EntryIntoForce)
        .Read<GraphNode<Agreement>>("Agreement", "inForce", (a, context) => a.Entity.InForce()?.HoldsOn(context.DateOrToday()))
        .Read<GraphNode<Agreement>>("Agreement", "parties", a =>
            a.Entity.Parties.Select(p => new AgreementPartyNode(p, a.Scope)).ToArray())
        .BindSources<Agreement>("Agreement")
        .BindClaims<Agreement>("Agreement")
        .BindType<AgreementPartyNode>("AgreementParty")
        .ReadAsync<AgreementPartyNode, object>("AgreementParty", "party", async (p, context) =>
            await ActorResolvers.ActorAsync(context, p.Scope, p.Party.Party) ?? throw Arguments.UnknownId(p.Party.Party))
        .Read<AgreementPartyNode>("AgreementParty", "signed", p => p.Party.Signed)
        .Read<AgreementPartyNode>("AgreementParty", "ratified", p => p.Party.Ratified)
        .Read<AgreementPartyNode>("AgreementParty", "acceded", p => p.Party.Acceded);
}
