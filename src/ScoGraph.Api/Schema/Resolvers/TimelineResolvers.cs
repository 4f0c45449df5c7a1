using ScoGraph.Api.Schema.Loaders;
using ScoGraph.Api.Schema.Nodes;
using ScoGraph.Domain.Model;
using ScoGraph.Domain.Ports;
using ScoGraph.Domain.Timelines;
using ScoGraph.GraphQL.Types;

namespace ScoGraph.Api.Schema.Resolvers;

/// <summary><c>Query.timeline</c>, <c>Query.changes</c>, <c>State/Official.timeline</c> and the <c>TimelineEvent</c> types.</summary>
public static class TimelineResolvers
{
    private static readonly (string Type, EventKind[] Kinds)[] EventTypes =
    [
        ("StatusChangedEvent", [EventKind.StatusChanged]),
        ("TenureEvent", [EventKind.TenureStarted, EventKind.TenureEnded]),
        ("MeetingEvent", [EventKind.MeetingHeld]),
        ("AgreementEvent", [EventKind.AgreementSigned, EventKind.AgreementEnteredIntoForce]),
    ];

    public static SchemaBuilder BindTimeline(this SchemaBuilder builder)
    {
        builder
            .RootAsync("timeline", TimelineAsync)
            .RootAsync("changes", ChangesAsync)
            .ListSize("Query", "timeline", EventListLimit.Maximum)
            .ListSize("Query", "changes", EventListLimit.Maximum)
            .ListSize("State", "timeline", EventListLimit.Maximum)
            .ListSize("Official", "timeline", EventListLimit.Maximum)
            .BindEnum<EventKind>("TimelineEventKind")
            .Read<EventNode>("TimelineEvent", "date", e => e.Date)
            .Read<EventNode>("TimelineEvent", "kind", e => e.Kind)
            .ReadAsync<EventNode, string>("TimelineEvent", "summary", EventSummaries.SummaryAsync)
            .ReadAsync<EventNode, IReadOnlyList<GraphNode<Source>>>("TimelineEvent", "sources", (e, context) =>
                SourceResolvers.SourcesAsync(context, e.Scope, e.Sources))
            .ReadAsync<EventNode, IReadOnlyList<CitationNode>>("TimelineEvent", "citations", (e, context) =>
                CitationResolvers.CitationsAsync(context, e.Scope, e.Sources))
            .ReadAsync<EventNode, GraphNode<MembershipChange>>("StatusChangedEvent", "change", ItemAsync<MembershipChange>)
            .ReadAsync<EventNode, GraphNode<Tenure>>("TenureEvent", "tenure", ItemAsync<Tenure>)
            .ReadAsync<EventNode, GraphNode<Meeting>>("MeetingEvent", "meeting", ItemAsync<Meeting>)
            .ReadAsync<EventNode, GraphNode<Agreement>>("AgreementEvent", "agreement", ItemAsync<Agreement>);
        foreach (var (type, kinds) in EventTypes)
            builder.IsTypeOf(type, (value, _) => value is EventNode node && kinds.Contains(node.Kind));
        return builder;
    }

    private static async Task<GraphNode<T>> ItemAsync<T>(EventNode e, IResolverContext context) where T : Entity =>
        await EntityLoader.NodeAsync<T>(context, e.Scope, e.ItemId) ?? throw Arguments.UnknownId(e.ItemId);

    /// <summary>An entity's events in order, from its facts in both directions (each direction batched over the level).</summary>
    public static async Task<IReadOnlyList<EventNode>> EntityTimelineAsync(IResolverContext context, ReadScope scope, string id)
    {
        var (from, to) = Range(context, required: false);
        var facts = await FactLoader.BothDirectionsAsync(context, scope, id);
        return EventListLimit.Check(EventNodes.Ordered(EventNodes.From(Timeline.Build(id, facts, from, to), scope)), $"The timeline of \"{id}\"");
    }

    private static async Task<IReadOnlyList<EventNode>> TimelineAsync(IResolverContext context)
    {
        var scope = context.ReadScope();
        var id = context.RequiredString("id");
        Range(context, required: false);
        // The entity and its facts load in the same batch round; the facts are simply not used for an unknown id.
        var (entity, timeline) = (EntityLoader.LoadAsync(context, scope, id), EntityTimelineAsync(context, scope, id));
        if (await entity is null) throw Arguments.UnknownId(id);
        return await timeline;
    }

    private static async Task<IReadOnlyList<EventNode>> ChangesAsync(IResolverContext context)
    {
        var scope = context.ReadScope();
        var (from, to) = Range(context, required: true);
        // One fact more than an answer may hold: the store's cut is then seen, never passed on as a complete list.
        var facts = await context.Store().FactsInRangeAsync(
            new FactRangeQuery(from!.Value, to!.Value, KnownAt: scope.KnownAt, Limit: EventListLimit.Maximum + 1), context.CancellationToken);
        var what = $"The changes from {from.Value:yyyy-MM-dd} to {to.Value:yyyy-MM-dd}";
        if (facts.Count > EventListLimit.Maximum) throw EventListLimit.TooLarge(what);
        var report = Changes.Between(from.Value, to.Value, facts);
        IEnumerable<TimelineEvent> all =
            [.. report.StatusChanges, .. report.HolderChanges, .. report.AgreementsSigned, .. report.AgreementsInForce, .. report.Meetings];
        return EventListLimit.Check(EventNodes.Ordered(EventNodes.From(all, scope)), what);
    }

    private static (DateOnly? From, DateOnly? To) Range(IResolverContext context, bool required)
    {
        var from = context.Date("from");
        var to = context.Date("to");
        if (from is DateOnly f && to is DateOnly t && f > t)
            throw Arguments.BadInput($"\"from\" ({f:yyyy-MM-dd}) is after \"to\" ({t:yyyy-MM-dd}).");
        if (required && (from is null || to is null)) throw Arguments.BadInput("Both \"from\" and \"to\" are required.");
        return (from, to);
    }
}
