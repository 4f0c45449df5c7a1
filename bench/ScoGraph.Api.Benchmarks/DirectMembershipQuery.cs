using ScoGraph.Domain.Membership;
using ScoGraph.Domain.Model;
using ScoGraph.Domain.Ports;
using ScoGraph.Domain.Time;

namespace ScoGraph.Api.Benchmarks;

/// <summary>
/// The as-of membership query without GraphQL or HTTP: the store and domain calls the <c>membership</c> resolver
/// makes (all changes of the organization, the status timeline derived from them, the standings on the day, the
/// states loaded in one batch), giving the same rows the GraphQL answer carries.
/// </summary>
internal sealed class DirectMembershipQuery(ITimelineStore store)
{
    public sealed record Row(string Iso3, string Name, MembershipStatus Status, PartialDate? Since, Certainty Certainty);

    public async Task<IReadOnlyList<Row>> RunAsync(DateOnly day, CancellationToken cancellationToken = default)
    {
        var changes = await store.LoadMembershipChangesAsync(["sco"], null, cancellationToken);
        var timeline = StatusTimeline.Derive(changes.Select(c => c.Item));
        // NONE is "no status": the schema's MembershipStatus has no such value, so the resolver leaves it out.
        var standings = MembershipQuery.On(timeline, day).Where(s => s.Status != MembershipStatus.None).ToArray();
        var states = await store.LoadEntitiesAsync(standings.Select(s => s.State).Distinct().ToArray(), null, cancellationToken);
        return standings
            .Select(s => states[s.State].Item is State state
                ? new Row(state.Iso3, state.Name, s.Status, s.Period.Since, s.Certainty)
                : throw new InvalidOperationException($"{s.State} is not a state."))
            .ToArray();
    }
}
