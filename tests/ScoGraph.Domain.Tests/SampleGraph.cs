using ScoGraph.Domain.Facts;
using ScoGraph.Domain.Model;
using ScoGraph.Domain.Time;
using ScoGraph.Domain.Versions;

namespace ScoGraph.Domain.Tests;

/// <summary>A small, hand-checked slice of the SCO graph used by several specs.</summary>
internal static class SampleGraph
{
    public static PartialDate D(string text) => PartialDate.Parse(text);

    public static readonly DateTimeOffset RecordedAt = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static readonly Source Page = new() { Id = "sectsco-page", Title = "SCO page", Published = D("2021-06") };

    public static readonly State India = new() { Id = "IND", Name = "India", Iso3 = "IND", Aliases = ["Bharat"], Sources = [new("sectsco-page")] };
    public static readonly State Kazakhstan = new() { Id = "KAZ", Name = "Kazakhstan", Iso3 = "KAZ" };
    public static readonly Organization Sco = new() { Id = "sco", Name = "Shanghai Cooperation Organisation", Aliases = ["SCO"] };
    public static readonly Official Alimov = new() { Id = "rashid-alimov", Name = "Rashid Alimov", Nationality = "TJK" };
    public static readonly Post SecretaryGeneral = new() { Id = "sco-secretary-general", Title = "SCO Secretary-General", Organization = "sco" };

    public static readonly Tenure AlimovTerm = new()
    {
        Id = "rashid-alimov-sg", Official = "rashid-alimov", Post = "sco-secretary-general", Period = new(D("2016"), D("2018")),
        Sources = [new("sectsco-page", "Rashid Alimov in 2016-2018")],
    };

    public static readonly Meeting Astana = new()
    {
        Id = "2017-astana-summit", Title = "Astana summit", MeetingKind = MeetingKind.HeadsOfState,
        Period = new(D("2017-06-08"), D("2017-06-09")), City = "Astana", Country = "KAZ", Host = "KAZ", Virtual = false,
        Participants = [new("IND", "acceding state"), new("rashid-alimov", "Secretary-General", "sco")],
    };

    public static readonly MembershipChange IndiaMember = new()
    {
        Id = "IND-member-2017", State = "IND", From = MembershipStatus.Observer, To = MembershipStatus.Member,
        Effective = D("2017-06-09"), DecidedAt = "2017-astana-summit", Sources = [new("sectsco-page")],
    };

    public static readonly Agreement RoadTransport = new()
    {
        Id = "sco-road-transport-agreement", Title = "Road transport agreement", AgreementKind = AgreementKind.Agreement,
        Signed = D("2014-09-12"), Place = "Dushanbe", EntryIntoForce = D("2017-01-20"),
        Parties = [new("IND", Acceded: D("2019")), new("KAZ", Signed: D("2014-09-12"))],
    };

    public static readonly Claim InForce2014 = Claim.Create("sco-road-transport-agreement", "entryIntoForce", "2014", [new("seed-000", "came into force back in 2014")]);
    public static readonly Claim InForce2017 = Claim.Create("sco-road-transport-agreement", "entryIntoForce", "2017-01-20", [new("sectsco-page")]);

    public static readonly Entity[] All = [Page, India, Kazakhstan, Sco, Alimov, SecretaryGeneral, AlimovTerm, Astana, IndiaMember, RoadTransport, InForce2014, InForce2017];

    /// <summary>The current facts of the given entities, as a store would return them.</summary>
    public static IReadOnlyList<FactRecord> FactsOf(params Entity[] entities) => entities
        .SelectMany(FactProjection.Project)
        .Select(f => new FactRecord(f, new VersionInfo(1, RecordedAt), Certainty.Certain))
        .ToArray();
}
