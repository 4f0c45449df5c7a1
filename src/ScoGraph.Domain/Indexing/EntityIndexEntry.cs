using ScoGraph.Domain.Model;
using ScoGraph.Domain.Ports;
using ScoGraph.Domain.Time;

namespace ScoGraph.Domain.Indexing;

/// <summary>
/// The columns an adapter indexes for listing, filtering, ordering and searching entities
/// (<see cref="EntityFilter"/>, <see cref="EntityOrder"/>, <see cref="SearchQuery"/>), derived the same way for every
/// adapter by <see cref="Of"/>.
/// </summary>
/// <param name="Name">Name or title; null for kinds without one (tenure, membership change, claim).</param>
/// <param name="Period">The entity's main valid time: a tenure's or meeting's period; the signature, effective or
/// published date as a one-date period; null when undated.</param>
/// <param name="Category">Meeting kind, agreement kind, a membership change's new status, a claim's predicate.</param>
/// <param name="Place">A meeting's city, an agreement's place.</param>
/// <param name="References">Every entity id this one points at (no sources), without duplicates.</param>
/// <param name="SourceIds">The sources it cites.</param>
public sealed record EntityIndexEntry(
    string Id,
    EntityKind Kind,
    string? Name,
    IReadOnlyList<string> Aliases,
    Period? Period,
    string? Category,
    string? Place,
    IReadOnlyList<string> References,
    IReadOnlyList<string> SourceIds)
{
    /// <summary>The main date: the start of <see cref="Period"/> (or its end when it has no start).</summary>
    public PartialDate? Date => Period?.Start ?? Period?.End;

    /// <summary>Sorts after every real key (undated and unnamed entities come last in ascending order).</summary>
    public const string MissingKey = "\uFFFF";

    /// <summary>
    /// The string a list is ordered by (ordinal, ties by id): the id; the normalized name; or the main date as
    /// <c>yyyy-MM-dd</c> of its earliest then latest day (so <c>2006-01-01 &lt; 2006-01 &lt; 2006</c>, as in
    /// <see cref="PartialDate"/>'s order).
    /// </summary>
    public string SortKey(EntityOrderField field) => field switch
    {
        EntityOrderField.Name => Name is null ? MissingKey : TextNormalizer.Normalize(Name),
        EntityOrderField.Date => Date is PartialDate d ? $"{d.Earliest:yyyy-MM-dd}{d.Latest:yyyy-MM-dd}" : MissingKey,
        _ => Id,
    };

    public static EntityIndexEntry Of(Entity entity)
    {
        var (name, aliases, period, category, place, references) = entity switch
        {
            State s => (s.Name, s.Aliases, null, null, null, Refs()),
            Organization o => (o.Name, o.Aliases, null, null, null, Refs(o.Parent, o.SucceededBy)),
            Official o => (o.Name, o.Aliases, null, null, null, Refs(o.Nationality)),
            Post p => (p.Title, [], null, null, null, Refs(p.Organization, p.State)),
            Tenure t => (null, [], t.Period, null, null, Refs(t.Official, t.Post)),
            Meeting m => (m.Title, [], m.Dates(), EnumText<MeetingKind>.Format(m.MeetingKind), m.City,
                Refs([m.Country, m.Host, .. m.Participants.SelectMany(p => new[] { p.Entity, p.Represents })])),
            Agreement a => (a.Title, [], a.Signed is PartialDate signed ? Time.Period.On(signed) : null,
                EnumText<AgreementKind>.Format(a.AgreementKind), a.Place, Refs([a.Meeting, .. a.Parties.Select(p => p.Party)])),
            MembershipChange c => (null, [], Time.Period.On(c.Effective), EnumText<MembershipStatus>.Format(c.To), null,
                Refs(c.State, c.Organization, c.DecidedAt)),
            Source s => (s.Title, [], s.Published is PartialDate published ? Time.Period.On(published) : null, null, null, Refs()),
            Claim c => ((string?)null, (IReadOnlyList<string>)[], (Period?)null, c.Predicate, (string?)null, Refs(c.Subject)),
            _ => (null, [], null, null, null, Refs()),
        };
        var sources = entity.Sources.Select(s => s.SourceId).Distinct(StringComparer.Ordinal).ToArray();
        return new EntityIndexEntry(entity.Id, entity.Kind, name, aliases, period, category, place, references, sources);
    }

    private static IReadOnlyList<string> Refs(params string?[] ids) =>
        ids.OfType<string>().Distinct(StringComparer.Ordinal).ToArray();
}
