using ScoGraph.Api.Schema.Loaders;
using ScoGraph.Domain.Model;
using ScoGraph.Domain.Time;
using ScoGraph.GraphQL.Types;

namespace ScoGraph.Api.Schema.Resolvers;

/// <summary><c>Query.officeHolders</c>: who held a post on a date, or every tenure in order.</summary>
public static class OfficeHolderResolvers
{
    public static SchemaBuilder BindOfficeHolders(this SchemaBuilder builder) => builder
        .RootAsync("officeHolders", async context =>
        {
            var scope = context.ReadScope();
            var post = context.RequiredString("post");
            if (await EntityLoader.NodeAsync<Post>(context, scope, post) is null) throw Arguments.UnknownId(post);
            var holders = await TenureResolvers.HoldersAsync(context, scope, post, context.Date("asOf"),
                certainOnly: context.Enum<Certainty>("certainty") == Certainty.Certain);
            return ListLimit.Check(holders, ListLimit.OfficeHolders, $"The holders of \"{post}\"", "give \"asOf\"");
        })
        .ListSize("Query", "officeHolders", ListLimit.OfficeHolders);
}
