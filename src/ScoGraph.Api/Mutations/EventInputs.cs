using ScoGraph.Domain.Model;
using ScoGraph.Domain.Time;

namespace ScoGraph.Api.Mutations;

/// <summary>The inputs of dated facts: tenures, meetings, agreements and membership changes.</summary>
public static class EventInputs
{
    public static readonly EntityInput Tenure = new("recordTenure", "TenurePayload", "tenure", input => new Tenure
    {
        Id = input.Id("id"),
        Official = input.Id("official"),
        Post = input.Id("post"),
        Period = new Period(input.OptionalDate("start"), input.OptionalDate("end")),
        Sources = input.Sources(),
    });

    public static readonly EntityInput Meeting = new("recordMeeting", "MeetingPayload", "meeting", input => new Meeting
    {
        Id = input.Id("id"),
        Title = input.Text("title"),
        // An unreadable kind was reported by the reader; the placeholder is never written.
        MeetingKind = input.OptionalEnum<MeetingKind>("kind") ?? MeetingKind.Other,
        Period = new Period(input.OptionalDate("start"), input.OptionalDate("end")),
        City = input.OptionalText("city"),
        Country = input.OptionalId("country"),
        Host = input.OptionalId("host"),
        Virtual = input.OptionalBoolean("virtual"),
        Participants = input.Objects("participants", participant => new Participant(
            participant.Id("entity"), participant.OptionalText("role"), participant.OptionalId("represented"))),
        Topics = input.Texts("topics"),
        Decisions = input.Texts("decisions"),
        Sources = input.Sources(),
    });

    public static readonly EntityInput Agreement = new("recordAgreement", "AgreementPayload", "agreement", input => new Agreement
    {
        Id = input.Id("id"),
        Title = input.Text("title"),
        AgreementKind = input.OptionalEnum<AgreementKind>("kind") ?? AgreementKind.Agreement,
        Signed = input.OptionalDate("signed"),
        Place = input.OptionalText("place"),
        Meeting = input.OptionalId("meeting"),
        EntryIntoForce = input.OptionalDate("entryIntoForce"),
        Parties = input.Objects("parties", party => new AgreementParty(
            party.Id("party"), party.OptionalDate("signed"), party.OptionalDate("ratified"), party.OptionalDate("acceded"))),
        Sources = input.Sources(),
    });

    public static readonly EntityInput MembershipChange = new("recordMembershipChange", "MembershipChangePayload", "membershipChange",
        input => new MembershipChange
        {
            Id = input.Id("id"),
            State = input.Id("state"),
            Organization = input.OptionalId("organization") ?? ScoGraph.Domain.Model.MembershipChange.DefaultOrganization,
            // Null means "no status": before joining (from) or after leaving (to).
            From = input.OptionalEnum<MembershipStatus>("fromStatus") ?? MembershipStatus.None,
            To = input.OptionalEnum<MembershipStatus>("toStatus") ?? MembershipStatus.None,
            // default(PartialDate) marks "not given"; the validator reports it as required.
            Effective = input.OptionalDate("effective") ?? default,
            DecidedAt = input.OptionalId("decidedAt"),
            Sources = input.Sources(),
        });
}
