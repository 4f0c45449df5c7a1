using System.Text.Json;
using ScoGraph.Domain.Model;
using ScoGraph.Domain.Serialization;
using ScoGraph.Domain.Time;

namespace ScoGraph.Domain.Tests.Serialization;

public class EntityJsonSpecs
{
    private static readonly Entity[] Samples =
    [
        new State { Id = "IND", Name = "India", Iso3 = "IND", Aliases = ["Bharat"], Sources = [new("src-a", "quote")] },
        new Organization { Id = "sco-secretariat", Name = "SCO Secretariat", Parent = "sco" },
        new Official { Id = "rashid-alimov", Name = "Rashid Alimov", Nationality = "TJK" },
        new Post { Id = "sco-secretary-general", Title = "SCO Secretary-General", Organization = "sco" },
        new Tenure { Id = "t1", Official = "rashid-alimov", Post = "sco-secretary-general", Period = new(PartialDate.Parse("2016"), PartialDate.Parse("2018")) },
        new Meeting
        {
            Id = "2017-astana-summit", Title = "Astana summit", MeetingKind = MeetingKind.HeadsOfState,
            Period = new(PartialDate.Parse("2017-06-08"), PartialDate.Parse("2017-06-09")), City = "Astana", Country = "KAZ",
            Host = "KAZ", Virtual = false, Participants = [new("IND", "member", null)], Topics = ["security"], Decisions = ["admit IND"],
        },
        new Agreement
        {
            Id = "sco-charter", Title = "Charter", AgreementKind = AgreementKind.Charter, Signed = PartialDate.Parse("2002-06-07"),
            EntryIntoForce = PartialDate.Parse("2003-09-19"), Parties = [new("CHN", PartialDate.Parse("2002-06-07"), PartialDate.Parse("2002"))],
        },
        new MembershipChange
        {
            Id = "IND-member-2017", State = "IND", From = MembershipStatus.Observer, To = MembershipStatus.Member,
            Effective = PartialDate.Parse("2017-06-09"), DecidedAt = "2017-astana-summit",
        },
        new Source { Id = "src-a", Title = "A page", Published = PartialDate.Parse("2017-12"), Language = "en" },
        Claim.Create("sco-charter", "entryIntoForce", "2003", [new("src-a")], "note"),
    ];

    public static TheoryData<int> SampleIndexes() => [.. Enumerable.Range(0, Samples.Length)];

    [Theory]
    [MemberData(nameof(SampleIndexes))]
    public void Every_entity_kind_round_trips_to_the_same_canonical_text(int index)
    {
        var json = EntityJson.Serialize(Samples[index]);
        var back = EntityJson.Deserialize(json);

        Assert.Equal(Samples[index].GetType(), back.GetType());
        Assert.Equal(json, EntityJson.Serialize(back));
        Assert.True(EntityJson.ContentEquals(Samples[index], back));
    }

    [Fact]
    public void The_kind_is_written_as_a_discriminator_and_enums_and_dates_in_their_outside_spelling()
    {
        var json = EntityJson.Serialize(Samples[7]);

        Assert.StartsWith("{\"$kind\":\"MEMBERSHIP_CHANGE\"", json);
        Assert.Contains("\"from\":\"OBSERVER\"", json);
        Assert.Contains("\"effective\":\"2017-06-09\"", json);
        Assert.DoesNotContain("\"kind\"", json);
        Assert.DoesNotContain("null", json);
    }

    [Fact]
    public void Only_stored_values_are_written_id_first_and_sources_last()
    {
        var json = EntityJson.Serialize(Samples[4]);

        Assert.Equal(
            "{\"$kind\":\"TENURE\",\"id\":\"t1\",\"official\":\"rashid-alimov\",\"post\":\"sco-secretary-general\",\"period\":{\"start\":\"2016\",\"end\":\"2018\"},\"sources\":[]}",
            json);
    }

    [Fact]
    public void Content_equality_sees_a_changed_list_element()
    {
        var state = (State)Samples[0];
        var changed = state with { Aliases = ["Republic of India"] };

        Assert.False(EntityJson.ContentEquals(state, changed));
        Assert.True(EntityJson.ContentEquals(state, state with { Aliases = ["Bharat"] }));
    }

    [Theory]
    [InlineData("{\"$kind\":\"PLANET\",\"id\":\"x\"}")]
    [InlineData("{\"$kind\":\"SOURCE\",\"id\":\"x\",\"title\":\"t\",\"published\":\"2006-13\"}")]
    [InlineData("[]")]
    public void Text_that_is_not_a_stored_entity_is_refused_with_a_json_error(string json)
    {
        Assert.ThrowsAny<JsonException>(() => EntityJson.Deserialize(json));
    }
}
