using ScoGraph.Domain.Membership;
using ScoGraph.Domain.Model;
using ScoGraph.Domain.Ports;

namespace ScoGraph.Storage.Benchmarks;

/// <summary>
/// The measured questions, each asked about one of up to 64 units spread over the store (so the runs do not all
/// hit the same pages): who were members of an organization on a date (as-of over derived status periods), who
/// held a post on a date (as-of over the index directly), and one organization's timeline.
/// </summary>
internal sealed class BenchmarkQueries(ITimelineStore store, int unitCount)
{
    private static readonly DateOnly MembershipDay = new(2012, 3, 1);
    private static readonly DateOnly HolderDay = new(2010, 6, 1);
    private readonly int[] _units = Enumerable.Range(0, Math.Min(64, unitCount))
        .Select(i => (int)((long)i * unitCount / Math.Min(64, unitCount))).ToArray();

    private int Unit(int run) => _units[run % _units.Length];

    /// <summary>Members of one organization on a date: its membership changes, then the domain's status rules.</summary>
    public async Task<int> MembersOnAsync(int run)
    {
        var changes = await store.LoadMembershipChangesAsync([SyntheticGraph.OrganizationId(Unit(run))], null, CancellationToken.None);
        var timeline = StatusTimeline.Derive(changes.Select(c => c.Item));
        return MembershipQuery.On(timeline, MembershipDay, [MembershipStatus.Member]).Count;
    }

    /// <summary>Who held a post on a date: one as-of index seek.</summary>
    public async Task<int> HolderOnAsync(int run)
    {
        var facts = await store.LoadFactsAsync(new FactQuery([SyntheticGraph.PostId(Unit(run), run % 3)], FactDirection.Incoming,
            ["holdsPost"], HolderDay), CancellationToken.None);
        return facts.Count;
    }

    /// <summary>One organization's timeline: its own facts and the facts pointing at it, in date order.</summary>
    public async Task<int> TimelineAsync(int run)
    {
        var org = SyntheticGraph.OrganizationId(Unit(run));
        var own = await store.LoadFactsAsync(new FactQuery([org]), CancellationToken.None);
        var incoming = await store.LoadFactsAsync(new FactQuery([org], FactDirection.Incoming), CancellationToken.None);
        return own.Concat(incoming).Where(f => f.Fact.Valid is not null).OrderBy(f => f.Fact.Bounds.StartEarliest).Count();
    }
}
