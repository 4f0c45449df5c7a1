using ScoGraph.Api.Schema.Loaders;
using ScoGraph.Api.Schema.Nodes;
using ScoGraph.Api.Schema.Paging;
using ScoGraph.Domain.Facts;
using ScoGraph.Domain.Indexing;
using ScoGraph.Domain.Membership;
using ScoGraph.Domain.Model;
using ScoGraph.Domain.Ports;
using ScoGraph.Domain.Time;
using ScoGraph.GraphQL.Types;

namespace ScoGraph.Api.Schema.Resolvers;

/// <summary>
/// The paged root lists (<c>states</c>, <c>organizations</c>, <c>officials</c>, <c>posts</c>, <c>meetings</c>,
/// <c>agreements</c>, <c>sources</c>): their <c>where</c> and <c>order</c> inputs turned into store filters.
/// </summary>
public static class ListResolvers
{
    private static readonly EntityOrder ByName = new(EntityOrderField.Name);

    public static SchemaBuilder BindLists(this SchemaBuilder builder) => builder
        .RootAsync("states", StatesAsync)
        .RootAsync("organizations", context => EntityPager.PageAsync(context, context.ReadScope(),
            new EntityListing(EntityKind.Organization, EntityFilter.None, ByName)))
        .RootAsync("officials", context =>
        {
            var where = context.Input("where");
            var nationality = where.GetValueOrDefault("nationality") as string;
            return EntityPager.PageAsync(context, context.ReadScope(), new EntityListing(EntityKind.Official,
                new EntityFilter(NameContains: where.GetValueOrDefault("name") as string,
                    References: nationality is null ? null : [nationality]), Order(context, EntityOrderField.Name)));
        })
        .RootAsync("posts", context => EntityPager.PageAsync(context, context.ReadScope(),
            new EntityListing(EntityKind.Post, EntityFilter.None, Order(context, EntityOrderField.Name))))
        .RootAsync("meetings", MeetingsAsync)
        .RootAsync("agreements", AgreementsAsync)
        .RootAsync("sources", context =>
        {
            var where = context.Input("where");
            var text = TextNormalizer.Normalize(where.GetValueOrDefault("text") as string);
            var language = where.GetValueOrDefault("language") as string;
            // Both go to the store, so a page is one store call whatever the number of sources.
            return EntityPager.PageAsync(context, context.ReadScope(), new EntityListing(EntityKind.Source,
                new EntityFilter(TextContains: text.Length == 0 ? null : text, Language: language), Order(context, EntityOrderField.Name)));
        });

    private static async Task<Connection> StatesAsync(IResolverContext context)
    {
        var scope = context.ReadScope();
        var where = context.Input("where");
        var statuses = Arguments.List<MembershipStatus>(where.GetValueOrDefault("status"));
        IReadOnlyCollection<string>? ids = null;
        if (statuses is not null)
        {
            var day = Arguments.Date(where, "where", "asOf") ?? Arguments.Today;
            var membership = await MembershipLoader.LoadNowAsync(context, scope, MembershipChange.DefaultOrganization);
            ids = MembershipQuery.On(membership.Timeline, day, statuses).Select(s => s.State).Distinct(StringComparer.Ordinal).ToArray();
        }
        var order = Order(context, EntityOrderField.Name);
        return await EntityPager.PageAsync(context, scope, new EntityListing(EntityKind.State,
            new EntityFilter(Ids: ids, NameContains: where.GetValueOrDefault("name") as string), order));
    }

    private static async Task<Connection> MeetingsAsync(IResolverContext context)
    {
        var scope = context.ReadScope();
        var where = context.Input("where");
        var (from, to) = DateRange(where, "from", "to");
        // Host and participant may be ids, ISO codes, names or aliases; each resolves to the ids it stands for.
        var hosts = where.GetValueOrDefault("host") is string host
            ? ActorNames.ResolveAsync(context, scope, host, EntityKind.State)
            : null;
        var participants = where.GetValueOrDefault("participant") is string participant
            ? ActorNames.ResolveAsync(context, scope, participant, EntityKind.State, EntityKind.Organization, EntityKind.Official)
            : null;
        // The facts of every resolved id are asked for before any is awaited, so they load in one batch round.
        var hosted = hosts is null ? null : (await hosts).Select(id =>
            FactLoader.LoadAsync(context, scope, new FactSelection(FactDirection.Incoming, [Predicates.HostedBy]), id)).ToArray();
        var attended = participants is null ? null : (await participants).Select(id =>
            FactLoader.LoadAsync(context, scope, new FactSelection(FactDirection.Outgoing, [Predicates.ParticipatedIn]), id)).ToArray();
        IReadOnlyCollection<string>? ids = null;
        if (hosted is not null)
            ids = (await Task.WhenAll(hosted)).SelectMany(f => f).Select(f => f.Fact.Subject).ToHashSet(StringComparer.Ordinal);
        if (attended is not null)
        {
            var meetings = (await Task.WhenAll(attended)).SelectMany(f => f).Select(f => f.Fact.Object).OfType<string>()
                .ToHashSet(StringComparer.Ordinal);
            ids = ids is null ? meetings : ids.Intersect(meetings, StringComparer.Ordinal).ToArray();
        }
        var kinds = Arguments.List<MeetingKind>(where.GetValueOrDefault("kind"))?.Distinct().Select(EnumText<MeetingKind>.Format).ToArray();
        // A city with other names (Almaty, Alma-Ata) matches meetings recorded under any of them.
        IReadOnlyCollection<string>? places = where.GetValueOrDefault("city") is string city
            ? await CityNames.NamesOfAsync(context, scope, city)
            : null;
        var filter = new EntityFilter(Ids: ids, From: from, To: to, Places: places);
        return await EntityPager.PageAsync(context, scope,
            new EntityListing(EntityKind.Meeting, filter, Order(context, EntityOrderField.Date), kinds));
    }

    private static Task<Connection> AgreementsAsync(IResolverContext context)
    {
        var where = context.Input("where");
        var (from, to) = DateRange(where, "signedFrom", "signedTo");
        var party = where.GetValueOrDefault("party") as string;
        var kinds = Arguments.List<AgreementKind>(where.GetValueOrDefault("kind"))?.Distinct().Select(EnumText<AgreementKind>.Format).ToArray();
        var inForceOn = Arguments.Date(where, "where", "inForceOn");
        var filter = new EntityFilter(From: from, To: to, References: party is null ? null : [party],
            InForceOn: inForceOn, InForceCertainOnly: inForceOn is not null && where.GetValueOrDefault("certainty") is Certainty.Certain);
        return EntityPager.PageAsync(context, context.ReadScope(),
            new EntityListing(EntityKind.Agreement, filter, Order(context, EntityOrderField.Date), kinds));
    }

    /// <summary>The sort keys of <c>order</c>, first one first (the store uses up to two, then the id), else the list's default.</summary>
    private static EntityOrder Order(IResolverContext context, EntityOrderField defaultField) =>
        EntityOrder.From(
            (Arguments.List<IReadOnlyDictionary<string, object?>>(context.Arguments.GetValueOrDefault("order")) ?? [])
                .Select(key => (key.GetValueOrDefault("field") as EntityOrderField? ?? defaultField,
                    key.GetValueOrDefault("direction") as SortDirection? ?? SortDirection.Ascending)),
            new EntityOrder(defaultField));

    private static (DateOnly? From, DateOnly? To) DateRange(IReadOnlyDictionary<string, object?> where, string fromName, string toName)
    {
        var from = Arguments.Date(where, "where", fromName);
        var to = Arguments.Date(where, "where", toName);
        if (from is DateOnly f && to is DateOnly t && f > t)
            throw Arguments.BadInput($"\"where.{fromName}\" ({f:yyyy-MM-dd}) is after \"where.{toName}\" ({t:yyyy-MM-dd}).");
        return (from, to);
    }
}
