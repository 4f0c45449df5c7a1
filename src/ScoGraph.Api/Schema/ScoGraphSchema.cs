using ScoGraph.Api.Hosting;
using ScoGraph.Api.Mutations;
using ScoGraph.Api.Schema.Resolvers;
using ScoGraph.Api.Schema.Scalars;
using ScoGraph.GraphQL.Types;

namespace ScoGraph.Api.Schema;

/// <summary>
/// The served schema: <c>schema/scograph.graphql</c> (embedded, byte for byte) with scalars, enums, every query
/// resolver and the mutations bound. Every field of every object type must have a resolver: a missing one fails
/// start-up with the list of unbound fields.
/// </summary>
public static class ScoGraphSchema
{
    public static GraphQL.Types.Schema Create() =>
        SchemaBuilder.FromSdl(EmbeddedFiles.SchemaSdl)
            .BindDate()
            .BindDateTime()
            .BindPartialDate()
            .BindDomainEnums()
            .BindPeriod()
            .BindSourceType()
            .BindState()
            .BindOrganization()
            .BindOfficial()
            .BindPost()
            .BindTenure()
            .BindMeeting()
            .BindAgreement()
            .BindMembership()
            .BindTimeline()
            .BindConflicts()
            .BindCitations()
            .BindClaimType()
            .BindSearch()
            .BindHistory()
            .BindNodeLookups()
            .BindLists()
            .BindConnections()
            .BindOfficeHolders()
            .BindListSizes()
            .BindMutations()
            .Build(ResolverRequirement.AllFields);
}
