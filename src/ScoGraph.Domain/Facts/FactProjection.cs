using System.Globalization;
using ScoGraph.Domain.Model;
using ScoGraph.Domain.Time;

namespace ScoGraph.Domain.Facts;

/// <summary>
/// Derives the indexed facts an entity version states. Stores call this on every write and keep the rows beside
/// the version, so every adapter indexes exactly the same facts. Pure and deterministic: the same entity always
/// yields the same facts in the same order.
/// </summary>
public static class FactProjection
{
    public static IReadOnlyList<Fact> Project(Entity entity)
    {
        var facts = new List<Fact>();
        var emit = new Emitter(entity, facts);
        switch (entity)
        {
            case State s:
                emit.Field(Predicates.Name, s.Name);
                emit.Field(Predicates.Iso3, s.Iso3);
                break;
            case Organization o:
                emit.Field(Predicates.Name, o.Name);
                emit.Relation(o.Id, Predicates.Parent, o.Parent);
                emit.Relation(o.Id, Predicates.SucceededBy, o.SucceededBy);
                break;
            case Official o:
                emit.Field(Predicates.Name, o.Name);
                emit.Relation(o.Id, Predicates.Nationality, o.Nationality);
                break;
            case Post p:
                emit.Field(Predicates.Title, p.Title);
                emit.Relation(p.Id, Predicates.BelongsTo, p.Organization ?? p.State);
                break;
            case Tenure t:
                emit.Date(Predicates.Start, t.Period.Start);
                emit.Date(Predicates.End, t.Period.End);
                emit.Relation(t.Official, Predicates.HoldsPost, t.Post, valid: t.Period);
                break;
            case Meeting m:
                emit.Field(Predicates.Title, m.Title);
                emit.Field(Predicates.Kind, EnumText<MeetingKind>.Format(m.MeetingKind));
                emit.Date(Predicates.Start, m.Period.Start);
                emit.Date(Predicates.End, m.Period.End);
                emit.Field(Predicates.City, m.City);
                emit.Field(Predicates.Virtual, m.Virtual is bool v ? (v ? "true" : "false") : null);
                // A meeting's links hold while it takes place; a one-day meeting may give only its start.
                var when = m.Dates();
                emit.Relation(m.Id, Predicates.HostedBy, m.Host, valid: when);
                emit.Relation(m.Id, Predicates.HeldIn, m.Country, valid: when);
                foreach (var p in m.Participants)
                    emit.Relation(p.Entity, Predicates.ParticipatedIn, m.Id, p.Role, when);
                break;
            case Agreement a:
                emit.Field(Predicates.Title, a.Title);
                emit.Field(Predicates.Kind, EnumText<AgreementKind>.Format(a.AgreementKind));
                emit.Date(Predicates.Signed, a.Signed);
                emit.Field(Predicates.Place, a.Place);
                emit.Date(Predicates.EntryIntoForce, a.EntryIntoForce);
                emit.Relation(a.Id, Predicates.SignedAt, a.Meeting);
                foreach (var party in a.Parties)
                {
                    var joined = party.Acceded ?? party.Signed ?? party.Ratified;
                    emit.Relation(party.Party, Predicates.PartyTo, a.Id, valid: joined is PartialDate j ? Period.Since(j) : null);
                }
                break;
            case MembershipChange c:
                emit.Field(Predicates.From, EnumText<MembershipStatus>.Format(c.From));
                emit.Field(Predicates.To, EnumText<MembershipStatus>.Format(c.To));
                emit.Date(Predicates.Effective, c.Effective);
                emit.Relation(c.State, Predicates.MembershipChange, c.Organization, EnumText<MembershipStatus>.Format(c.To), Period.On(c.Effective));
                emit.Relation(c.Id, Predicates.DecidedAt, c.DecidedAt);
                break;
            case Source s:
                emit.Field(Predicates.Title, s.Title);
                emit.Field(Predicates.Publisher, s.Publisher);
                emit.Field(Predicates.Url, s.Url);
                emit.Date(Predicates.Published, s.Published);
                emit.Field(Predicates.Language, s.Language);
                break;
            case Claim c:
                facts.Add(new Fact(c.Id, c.Kind, FactOrigin.Claim, c.Subject, c.Predicate, null, c.Value, null, c.Sources));
                break;
        }

        foreach (var cite in entity.Sources)
            facts.Add(new Fact(entity.Id, entity.Kind, FactOrigin.Relation, entity.Id, Predicates.Cites, cite.SourceId, cite.Quote, null, [cite]));
        return facts;
    }

    private readonly struct Emitter(Entity entity, List<Fact> facts)
    {
        public void Field(string predicate, string? value)
        {
            if (value is not null)
                facts.Add(new Fact(entity.Id, entity.Kind, FactOrigin.Field, entity.Id, predicate, null, value, null, entity.Sources));
        }

        /// <summary>A date field is also an event: valid on (only) that partial date.</summary>
        public void Date(string predicate, PartialDate? date)
        {
            if (date is PartialDate d)
                facts.Add(new Fact(entity.Id, entity.Kind, FactOrigin.Field, entity.Id, predicate, null, d.ToString(), Period.On(d), entity.Sources));
        }

        public void Relation(string subject, string predicate, string? target, string? value = null, Period? valid = null)
        {
            if (target is not null)
                facts.Add(new Fact(entity.Id, entity.Kind, FactOrigin.Relation, subject, predicate, target, value, valid, entity.Sources));
        }
    }
}
