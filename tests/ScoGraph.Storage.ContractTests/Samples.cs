using ScoGraph.Domain.Model;
using ScoGraph.Domain.Time;

namespace ScoGraph.Storage.ContractTests;

/// <summary>
/// A small SCO-shaped world for the contract: states, the SCO, a Secretary-General post with tenures, a summit,
/// an agreement, membership changes and sources. Builders take the fields a test varies.
/// </summary>
public static class Samples
{
    public static PartialDate Date(string text) => PartialDate.Parse(text);

    public static Period Period(string start, string? end) => new(Date(start), end is null ? null : Date(end));

    public static Source Source(string id, string title = "A source") => new()
    {
        Id = id, Title = title, Publisher = "SCO Secretariat", Url = $"https://example.org/{id}", Language = "en",
    };

    public static State State(string iso3, string name, params string[] aliases) => new()
    {
        Id = iso3, Iso3 = iso3, Name = name, Aliases = aliases, Sources = [new SourceRef("src-about")],
    };

    public static Organization Sco() => new()
    {
        Id = "sco", Name = "Shanghai Cooperation Organisation", Aliases = ["SCO", "ShOS", "ШОС"], Sources = [new SourceRef("src-about")],
    };

    public static Official Official(string id, string name, string nationality, params string[] aliases) => new()
    {
        Id = id, Name = name, Aliases = aliases, Nationality = nationality, Sources = [new SourceRef("src-about")],
    };

    public static Post SecretaryGeneral() => new()
    {
        Id = "sco-secretary-general", Title = "SCO Secretary-General", Organization = "sco", Sources = [new SourceRef("src-about")],
    };

    public static Tenure Tenure(string official, string start, string? end) => new()
    {
        Id = $"{official}-sg", Official = official, Post = "sco-secretary-general", Period = Period(start, end),
        Sources = [new SourceRef("src-about", "held the post")],
    };

    public static MembershipChange Change(string state, MembershipStatus from, MembershipStatus to, string effective, string organization = "sco") => new()
    {
        Id = $"{state}-{organization}-{effective}-{to}".ToLowerInvariant(), State = state, Organization = organization,
        From = from, To = to, Effective = Date(effective), Sources = [new SourceRef("src-about")],
    };

    public static Meeting Summit(string id, string title, string start, string? end = null, string city = "Astana") => new()
    {
        Id = id, Title = title, MeetingKind = MeetingKind.HeadsOfState, Period = Period(start, end), City = city,
        Country = "KAZ", Host = "KAZ", Virtual = false,
        Participants = [new Participant("KAZ", "host"), new Participant("IND", "new member")],
        Sources = [new SourceRef("src-about")],
    };

    public static Agreement RoadTransport(string? entryIntoForce = "2017-01-20") => new()
    {
        Id = "road-transport", Title = "Agreement on International Road Transport Facilitation",
        AgreementKind = AgreementKind.Agreement, Signed = Date("2014-09-12"), Place = "Dushanbe",
        EntryIntoForce = entryIntoForce is null ? null : Date(entryIntoForce),
        Parties = [new AgreementParty("KAZ", Date("2014-09-12")), new AgreementParty("IND", Acceded: Date("2019"))],
        Sources = [new SourceRef("src-about")],
    };

    public static Claim EntryIntoForceClaim(string value, string source) =>
        Claim.Create("road-transport", "entryIntoForce", value, [new SourceRef(source)]);

    /// <summary>The sources and states most samples refer to.</summary>
    public static Entity[] Basics() =>
    [
        Source("src-about", "About SCO"),
        Source("src-seed", "Seed page"),
        State("KAZ", "Kazakhstan", "Republic of Kazakhstan", "Kazakstan"),
        State("IND", "India", "Republic of India", "Bharat"),
        State("PAK", "Pakistan", "Islamic Republic of Pakistan"),
        State("TJK", "Tajikistan", "Republic of Tajikistan"),
        State("BLR", "Belarus", "Republic of Belarus", "Byelorussia"),
        Sco(),
    ];

    /// <summary>Basics plus the Secretary-General post and two officials.</summary>
    public static Entity[] WithSecretariat() =>
    [
        .. Basics(),
        SecretaryGeneral(),
        Official("bolat-nurgaliyev", "Bolat Nurgaliyev", "KAZ", "Bolat Nurgaliev", "Nurgaliev", "Болат Нургалиев"),
        Official("rashid-alimov", "Rashid Alimov", "TJK", "Rashid Kutbiddinovich Alimov"),
    ];
}
