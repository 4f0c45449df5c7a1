using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ScoGraph.Domain.Model;
using ScoGraph.Domain.Time;

namespace ScoGraph.Domain.Import;

/// <summary>
/// Writes an entity as one line of the import format, the inverse of <see cref="ImportLineParser"/>: reading the
/// line back gives the same content. Used for export and to show a stored version "in the import format".
/// Fields come in the order of <c>schema/import-format.md</c>; absent optional fields and empty lists are left out.
/// </summary>
public static class ImportLineWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(Entity entity)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            WriteFields(json, entity);
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteFields(Utf8JsonWriter json, Entity entity)
    {
        switch (entity)
        {
            case Source s:
                Head(json, "source", s.Id);
                Text(json, "title", s.Title);
                Text(json, "publisher", s.Publisher);
                Text(json, "url", s.Url);
                Date(json, "published", s.Published);
                Text(json, "language", s.Language);
                Text(json, "excerpt", s.Excerpt);
                break;
            case State s:
                Head(json, "state", s.Id);
                Text(json, "name", s.Name);
                Text(json, "iso3", s.Iso3);
                Texts(json, "aliases", s.Aliases);
                break;
            case Organization o:
                Head(json, "organization", o.Id);
                Text(json, "name", o.Name);
                Texts(json, "aliases", o.Aliases);
                Text(json, "parent", o.Parent);
                Text(json, "succeededBy", o.SucceededBy);
                break;
            case Official o:
                Head(json, "official", o.Id);
                Text(json, "name", o.Name);
                Texts(json, "aliases", o.Aliases);
                Text(json, "nationality", o.Nationality);
                break;
            case Post p:
                Head(json, "post", p.Id);
                Text(json, "title", p.Title);
                Text(json, "organization", p.Organization);
                Text(json, "state", p.State);
                break;
            case Tenure t:
                Head(json, "tenure", t.Id);
                Text(json, "official", t.Official);
                Text(json, "post", t.Post);
                Date(json, "start", t.Period.Start);
                Date(json, "end", t.Period.End);
                break;
            case Meeting m:
                Head(json, "meeting", m.Id);
                Text(json, "title", m.Title);
                Text(json, "kind", EnumText<MeetingKind>.Format(m.MeetingKind));
                Date(json, "start", m.Period.Start);
                Date(json, "end", m.Period.End);
                Text(json, "city", m.City);
                Text(json, "country", m.Country);
                Text(json, "host", m.Host);
                if (m.Virtual is bool isVirtual) json.WriteBoolean("virtual", isVirtual);
                List(json, "participants", m.Participants, p =>
                {
                    Text(json, "entity", p.Entity);
                    Text(json, "role", p.Role);
                    Text(json, "represented", p.Represents);
                });
                Texts(json, "topics", m.Topics);
                Texts(json, "decisions", m.Decisions);
                break;
            case Agreement a:
                Head(json, "agreement", a.Id);
                Text(json, "title", a.Title);
                Text(json, "kind", EnumText<AgreementKind>.Format(a.AgreementKind));
                Date(json, "signed", a.Signed);
                Text(json, "place", a.Place);
                Text(json, "meeting", a.Meeting);
                Date(json, "entryIntoForce", a.EntryIntoForce);
                List(json, "parties", a.Parties, p =>
                {
                    Text(json, "party", p.Party);
                    Date(json, "signed", p.Signed);
                    Date(json, "ratified", p.Ratified);
                    Date(json, "acceded", p.Acceded);
                });
                break;
            case MembershipChange c:
                Head(json, "membershipChange", c.Id);
                Text(json, "state", c.State);
                Text(json, "organization", c.Organization);
                Status(json, "fromStatus", c.From);
                Status(json, "toStatus", c.To);
                Date(json, "effective", c.Effective);
                Text(json, "decidedAt", c.DecidedAt);
                break;
            case Claim c:
                json.WriteString("type", "claim");
                Text(json, "subject", c.Subject);
                Text(json, "predicate", c.Predicate);
                Text(json, "value", c.Value);
                Text(json, "note", c.Note);
                break;
            default:
                throw new ArgumentException($"no import line type for {entity.GetType().Name}", nameof(entity));
        }

        List(json, "sources", entity.Sources, source =>
        {
            Text(json, "id", source.SourceId);
            Text(json, "quote", source.Quote);
        }, plain: s => s.Quote is null ? s.SourceId : null);
    }

    private static void Head(Utf8JsonWriter json, string type, string id)
    {
        json.WriteString("type", type);
        json.WriteString("id", id);
    }

    private static void Text(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null) json.WriteString(name, value);
    }

    /// <summary>No status is written as no field, as GraphQL's null.</summary>
    private static void Status(Utf8JsonWriter json, string name, MembershipStatus status)
    {
        if (status != MembershipStatus.None) json.WriteString(name, EnumText<MembershipStatus>.Format(status));
    }

    private static void Date(Utf8JsonWriter json, string name, PartialDate? value)
    {
        if (value is PartialDate date) json.WriteString(name, date.ToString());
    }

    private static void Texts(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        if (values.Count == 0) return;
        json.WriteStartArray(name);
        foreach (var value in values) json.WriteStringValue(value);
        json.WriteEndArray();
    }

    /// <summary>A list of objects; <paramref name="plain"/> may write an element as a bare string instead.</summary>
    private static void List<T>(Utf8JsonWriter json, string name, IReadOnlyList<T> items, Action<T> writeFields, Func<T, string?>? plain = null)
    {
        if (items.Count == 0) return;
        json.WriteStartArray(name);
        foreach (var item in items)
        {
            if (plain?.Invoke(item) is { } text)
            {
                json.WriteStringValue(text);
                continue;
            }
            json.WriteStartObject();
            writeFields(item);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }
}
