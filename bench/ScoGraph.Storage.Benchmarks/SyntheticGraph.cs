using ScoGraph.Domain.Facts;
using ScoGraph.Domain.Model;
using ScoGraph.Domain.Time;

namespace ScoGraph.Storage.Benchmarks;

/// <summary>
/// A synthetic SCO-like graph grown in "units": one organization with 15 states changing status twice, three posts
/// with 20 successive tenures each (one official per tenure) and 10 meetings. A unit projects to about 730 facts,
/// so the graph grows by adding organizations while each organization's own history keeps the same size; the
/// benchmark queries therefore answer the same amount at every size, and any growth in latency is the index's.
/// </summary>
internal static class SyntheticGraph
{
    public const int StateCount = 200;

    /// <summary>The shared entities: one source everything cites, and the states.</summary>
    public static IEnumerable<Entity> Shared()
    {
        yield return new Source { Id = "bench-source", Title = "Synthetic benchmark source", Language = "en" };
        for (var s = 0; s < StateCount; s++)
            yield return new State
            {
                Id = StateId(s), Iso3 = $"S{s:D2}", Name = $"State {s:D3}", Aliases = [$"Republic of State {s:D3}"],
                Sources = Cite,
            };
    }

    public static string StateId(int s) => $"S{s:D3}";

    public static string OrganizationId(int unit) => $"org-{unit:D5}";

    public static string PostId(int unit, int post) => $"post-{unit:D5}-{post}";

    private static readonly IReadOnlyList<SourceRef> Cite = [new SourceRef("bench-source")];

    /// <summary>The entities of one unit, referring only to shared entities and to each other.</summary>
    public static IEnumerable<Entity> Unit(int unit)
    {
        var org = OrganizationId(unit);
        yield return new Organization { Id = org, Name = $"Organization {unit:D5}", Aliases = [$"ORG{unit}"], Sources = Cite };

        for (var i = 0; i < 15; i++)
        {
            var state = StateId((unit * 7 + i * 13) % StateCount);
            var observerYear = 1996 + (unit + i) % 20;
            // Every third state's first change is known only to the year: as-of answers near it are POSSIBLE.
            var observed = i % 3 == 0 ? PartialDate.OfYear(observerYear) : PartialDate.OfDay(observerYear, 1 + i % 12, 1 + i);
            yield return Change(unit, i, 0, state, org, MembershipStatus.None, MembershipStatus.Observer, observed);
            yield return Change(unit, i, 1, state, org, MembershipStatus.Observer, MembershipStatus.Member,
                PartialDate.OfDay(observerYear + 3, 6, 15));
        }

        for (var p = 0; p < 3; p++)
        {
            var post = PostId(unit, p);
            yield return new Post { Id = post, Title = $"Post {p} of organization {unit:D5}", Organization = org, Sources = Cite };
            for (var t = 0; t < 20; t++)
            {
                var official = $"official-{unit:D5}-{p}-{t:D2}";
                yield return new Official
                {
                    Id = official, Name = $"Official {unit:D5} {p} {t:D2}", Aliases = [$"Offitsial {unit} {p} {t}"],
                    Nationality = StateId((unit + t) % StateCount), Sources = Cite,
                };
                // Terms of about a year; every other one known only to the month.
                var year = 2000 + t;
                var period = t % 2 == 0
                    ? new Period(PartialDate.OfDay(year, 1, 10), PartialDate.OfDay(year + 1, 1, 9))
                    : new Period(PartialDate.OfMonth(year, 1), PartialDate.OfMonth(year, 12));
                yield return new Tenure { Id = $"tenure-{unit:D5}-{p}-{t:D2}", Official = official, Post = post, Period = period, Sources = Cite };
            }
        }

        for (var m = 0; m < 10; m++)
        {
            var host = StateId((unit + m) % StateCount);
            var day = PartialDate.OfDay(2001 + m * 2, 6, 10 + m);
            yield return new Meeting
            {
                Id = $"meeting-{unit:D5}-{m}", Title = $"Summit {m} of organization {unit:D5}", MeetingKind = MeetingKind.HeadsOfState,
                Period = Period.On(day), City = $"City {m}", Country = host, Host = host, Virtual = m == 9,
                Participants = Enumerable.Range(0, 5).Select(k => new Participant(StateId((unit + m + k * 3) % StateCount), "delegation")).ToArray(),
                Sources = Cite,
            };
        }
    }

    private static MembershipChange Change(int unit, int i, int n, string state, string org, MembershipStatus from, MembershipStatus to, PartialDate effective) => new()
    {
        Id = $"change-{unit:D5}-{i:D2}-{n}", State = state, Organization = org, From = from, To = to, Effective = effective, Sources = Cite,
    };

    /// <summary>How many facts the store will index for these entities.</summary>
    public static int FactCount(IEnumerable<Entity> entities) => entities.Sum(e => FactProjection.Project(e).Count);
}
