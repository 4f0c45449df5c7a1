using System.Text.Json;
using ScoGraph.Domain.Model;
using ScoGraph.Domain.Ports;
using ScoGraph.Domain.Time;

namespace ScoGraph.Domain.Import;

/// <summary>
/// Turns one line of the import format (<c>schema/import-format.md</c>) into a write item. Pure; never throws on
/// bad input: every problem becomes an <see cref="ImportError"/> with the field's path.
/// </summary>
public static class ImportLineParser
{
    /// <summary>Longest line accepted (characters); longer lines are refused without being parsed.</summary>
    public const int MaxLineLength = 1 << 20;

    private const string ClaimType = "claim";
    private const string RetractionType = "retraction";

    /// <summary>
    /// The line types that define an entity by their <c>id</c> field: the kind each declares and how to read it.
    /// The one place these names are spelled; <see cref="Types"/> and the lookup are built from it.
    /// </summary>
    private static readonly (string Type, EntityKind Kind, Func<LineFields, string, Entity?> Read)[] EntityTypes =
    [
        ("source", EntityKind.Source, ReadSource),
        ("state", EntityKind.State, ReadState),
        ("organization", EntityKind.Organization, ReadOrganization),
        ("official", EntityKind.Official, ReadOfficial),
        ("post", EntityKind.Post, ReadPost),
        ("tenure", EntityKind.Tenure, ReadTenure),
        ("meeting", EntityKind.Meeting, ReadMeeting),
        ("agreement", EntityKind.Agreement, ReadAgreement),
        ("membershipChange", EntityKind.MembershipChange, ReadMembershipChange),
    ];

    private static readonly Dictionary<string, (string Type, EntityKind Kind, Func<LineFields, string, Entity?> Read)> EntityTypesByName =
        EntityTypes.ToDictionary(t => t.Type, StringComparer.Ordinal);

    /// <summary>Every line type, in the order error messages list them.</summary>
    public static readonly IReadOnlyList<string> Types = [.. EntityTypes.Select(t => t.Type), ClaimType, RetractionType];

    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 16 };

    public static ImportedLine Parse(string text, int lineNumber)
    {
        if (text.Length > MaxLineLength)
            return Broken(lineNumber, $"is longer than {MaxLineLength} characters");
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, DocumentOptions);
        }
        catch (JsonException e)
        {
            return Broken(lineNumber, $"is not valid JSON ({Describe(e)})");
        }

        using (document)
        {
            try
            {
                return ReadLine(document.RootElement, lineNumber);
            }
            catch (InvalidOperationException)
            {
                // System.Text.Json refuses to decode some escapes (a lone surrogate in a name or value).
                return Broken(lineNumber, "contains a \\u escape that is not a whole character (a lone surrogate)");
            }
        }
    }

    private static ImportedLine ReadLine(JsonElement root, int lineNumber)
    {
        if (root.ValueKind != JsonValueKind.Object)
            return Broken(lineNumber, "must be a JSON object like {\"type\": \"state\", ...}");
        if (!root.TryGetProperty("type", out var typeElement) || typeElement.ValueKind != JsonValueKind.String
            || !LineFields.TryText(typeElement, out var type))
            return new ImportedLine(lineNumber, null, null, null, [new ImportError(lineNumber, "type", $"is required: one of {string.Join(", ", Types)}")]);
        var fields = new LineFields(root, lineNumber);
        var (item, id, kind) = ReadType(type, fields);
        if (item is null && !fields.HasErrors)
            return new ImportedLine(lineNumber, null, null, null,
                [new ImportError(lineNumber, "type", $"\"{Validation.Rules.Shorten(type)}\" is not one of {string.Join(", ", Types)}")]);
        fields.ReportUnknownFields();
        return new ImportedLine(lineNumber, fields.HasErrors ? null : item, id, kind, fields.Errors);
    }

    private static ImportedLine Broken(int line, string message) => new(line, null, null, null, [new ImportError(line, null, message)]);

    private static string Describe(JsonException e) =>
        e.BytePositionInLine is long position ? $"{FirstSentence(e.Message)} at character {position + 1}" : FirstSentence(e.Message);

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return (end > 0 ? message[..end] : message).TrimEnd('.');
    }

    private static (WriteItem? Item, string? Id, EntityKind? Kind) ReadType(string type, LineFields f)
    {
        switch (type)
        {
            case RetractionType:
                return (ReadRetraction(f), null, null);
            case ClaimType:
            {
                var claim = ReadClaim(f);
                return (claim is null ? null : new Upsert(claim), claim?.Id, EntityKind.Claim);
            }
        }

        if (!EntityTypesByName.TryGetValue(type, out var entityType)) return (null, null, null);
        var id = f.String("id", required: true);
        var entity = entityType.Read(f, id ?? "");
        return (entity is null || id is null ? null : new Upsert(entity), id, entityType.Kind);
    }

    private static Source? ReadSource(LineFields f, string id)
    {
        var title = f.String("title", required: true);
        var source = new Source
        {
            Id = id, Title = title ?? "", Publisher = f.String("publisher"), Url = f.String("url"), Published = f.Date("published"),
            Language = f.String("language"), Excerpt = f.String("excerpt"), Sources = f.Sources(),
        };
        return title is null ? null : source;
    }

    private static State? ReadState(LineFields f, string id)
    {
        var name = f.String("name", required: true);
        var iso3 = f.String("iso3", required: true);
        var state = new State { Id = id, Name = name ?? "", Iso3 = iso3 ?? "", Aliases = f.Strings("aliases"), Sources = f.Sources() };
        return name is null || iso3 is null ? null : state;
    }

    private static Organization? ReadOrganization(LineFields f, string id)
    {
        var name = f.String("name", required: true);
        var organization = new Organization { Id = id, Name = name ?? "", Aliases = f.Strings("aliases"), Parent = f.String("parent"), SucceededBy = f.String("succeededBy"), Sources = f.Sources() };
        return name is null ? null : organization;
    }

    private static Official? ReadOfficial(LineFields f, string id)
    {
        var name = f.String("name", required: true);
        var official = new Official { Id = id, Name = name ?? "", Aliases = f.Strings("aliases"), Nationality = f.String("nationality"), Sources = f.Sources() };
        return name is null ? null : official;
    }

    private static Post? ReadPost(LineFields f, string id)
    {
        var title = f.String("title", required: true);
        var post = new Post { Id = id, Title = title ?? "", Organization = f.String("organization"), State = f.String("state"), Sources = f.Sources() };
        return title is null ? null : post;
    }

    private static Tenure? ReadTenure(LineFields f, string id)
    {
        var official = f.String("official", required: true);
        var post = f.String("post", required: true);
        var start = f.Date("start", required: true);
        var tenure = new Tenure { Id = id, Official = official ?? "", Post = post ?? "", Period = new Period(start, f.Date("end")), Sources = f.Sources() };
        return official is null || post is null || start is null ? null : tenure;
    }

    private static Meeting? ReadMeeting(LineFields f, string id)
    {
        var title = f.String("title", required: true);
        var kind = f.Enum<MeetingKind>("kind", required: true);
        var start = f.Date("start", required: true);
        var end = f.Date("end");
        var participants = new List<Participant>();
        f.Objects("participants", (item, path) => f.Nested(item, path, p =>
        {
            var entity = p.String("entity", required: true);
            var participant = new Participant(entity ?? "", p.String("role"), p.String("represented"));
            if (entity is not null) participants.Add(participant);
            return participant;
        }));
        var meeting = new Meeting
        {
            Id = id, Title = title ?? "", MeetingKind = kind ?? default, Period = new Period(start, end), City = f.String("city"),
            Country = f.String("country"), Host = f.String("host"), Virtual = f.Bool("virtual"), Participants = participants,
            Topics = f.Strings("topics"), Decisions = f.Strings("decisions"), Sources = f.Sources(),
        };
        return title is null || kind is null || start is null ? null : meeting;
    }

    private static Agreement? ReadAgreement(LineFields f, string id)
    {
        var title = f.String("title", required: true);
        var kind = f.Enum<AgreementKind>("kind", required: true);
        var parties = new List<AgreementParty>();
        f.Objects("parties", (item, path) => f.Nested(item, path, p =>
        {
            var party = p.String("party", required: true);
            var entry = new AgreementParty(party ?? "", p.Date("signed"), p.Date("ratified"), p.Date("acceded"));
            if (party is not null) parties.Add(entry);
            return entry;
        }));
        var agreement = new Agreement
        {
            Id = id, Title = title ?? "", AgreementKind = kind ?? default, Signed = f.Date("signed"), Place = f.String("place"),
            Meeting = f.String("meeting"), EntryIntoForce = f.Date("entryIntoForce"), Parties = parties, Sources = f.Sources(),
        };
        return title is null || kind is null ? null : agreement;
    }

    private static MembershipChange? ReadMembershipChange(LineFields f, string id)
    {
        var state = f.String("state", required: true);
        var organization = f.String("organization") ?? MembershipChange.DefaultOrganization;
        // As in MembershipChangeInput: a missing (or null) status means none (before joining, after leaving).
        var from = f.Status("fromStatus");
        var to = f.Status("toStatus");
        var effective = f.Date("effective", required: true);
        var change = new MembershipChange
        {
            Id = id, State = state ?? "", Organization = organization, From = from, To = to,
            Effective = effective ?? default, DecidedAt = f.String("decidedAt"), Sources = f.Sources(),
        };
        return state is null || effective is null ? null : change;
    }

    private static Claim? ReadClaim(LineFields f)
    {
        var subject = f.String("subject", required: true);
        var predicate = f.String("predicate", required: true);
        var value = f.String("value", required: true);
        var sources = f.Sources();
        var note = f.String("note");
        return subject is null || predicate is null || value is null ? null : Claim.Create(subject, predicate, value, sources, note);
    }

    private static WriteItem? ReadRetraction(LineFields f)
    {
        var target = f.String("target");
        var subject = f.String("subject");
        var predicate = f.String("predicate");
        var value = f.String("value");
        var reason = f.String("reason", required: true);
        if (reason is not null && string.IsNullOrWhiteSpace(reason)) f.Error("reason", "must not be empty");
        if (target is not null && (subject ?? predicate ?? value) is not null)
            f.Error("target", "give either target or subject and predicate, not both");
        else if (target is null && (subject is null || predicate is null))
            f.Error("target", "is required (an entity or claim id), or give subject and predicate to retract claims");
        if (f.HasErrors || reason is null) return null;
        return target is not null ? new Retract(target, reason) : new RetractClaims(subject!, predicate!, value, reason);
    }
}
