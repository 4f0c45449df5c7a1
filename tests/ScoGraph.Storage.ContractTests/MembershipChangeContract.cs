using ScoGraph.Domain.Membership;
using ScoGraph.Domain.Model;
using ScoGraph.Domain.Time;
using static ScoGraph.Storage.ContractTests.Samples;

namespace ScoGraph.Storage.ContractTests;

/// <summary>All membership changes of organizations, from which the domain derives status periods.</summary>
public abstract class MembershipChangeContract : StoreContract
{
    [ContractFact]
    public async Task Every_change_of_the_asked_organizations_loads_and_no_other()
    {
        var store = await StoreWithAsync([.. Basics(),
            new Organization { Id = "eaeu", Name = "Eurasian Economic Union" },
            Change("IND", MembershipStatus.None, MembershipStatus.Observer, "2005-07-05"),
            Change("IND", MembershipStatus.Observer, MembershipStatus.Member, "2017-06-09"),
            Change("KAZ", MembershipStatus.None, MembershipStatus.Member, "2015-01-01", "eaeu")]);

        var sco = await store.LoadMembershipChangesAsync(["sco"], null, None);
        Assert.Equal(["ind-sco-2005-07-05-observer", "ind-sco-2017-06-09-member"], sco.Select(c => c.Item.Id));
        Assert.Equal(3, (await store.LoadMembershipChangesAsync(["sco", "eaeu"], null, None)).Count);
        Assert.Empty(await store.LoadMembershipChangesAsync([], null, None));
    }

    [ContractFact]
    public async Task The_status_on_a_date_follows_from_the_loaded_changes()
    {
        var store = await StoreWithAsync([.. Basics(),
            Change("BLR", MembershipStatus.None, MembershipStatus.DialoguePartner, "2009-06-16"),
            Change("BLR", MembershipStatus.DialoguePartner, MembershipStatus.Observer, "2015"),
            Change("BLR", MembershipStatus.Observer, MembershipStatus.Member, "2024-07-04")]);
        var changes = await store.LoadMembershipChangesAsync(["sco"], null, None);
        var timeline = StatusTimeline.Derive(changes.Select(c => c.Item));

        var march2015 = MembershipQuery.StatusOf(timeline, "BLR", new DateOnly(2015, 3, 1));
        Assert.Equal([MembershipStatus.DialoguePartner, MembershipStatus.Observer], march2015.Select(s => s.Status).Order());
        Assert.All(march2015, s => Assert.Equal(Certainty.Possible, s.Certainty));
        var member = Assert.Single(MembershipQuery.StatusOf(timeline, "BLR", new DateOnly(2025, 1, 1)));
        Assert.Equal((MembershipStatus.Member, Certainty.Certain), (member.Status, member.Certainty));
    }

    [ContractFact]
    public async Task Changes_are_read_as_known_at_a_moment()
    {
        var store = await StoreWithAsync(Basics());
        var first = await store.WriteAsync(Batch.Upserting(Change("IND", MembershipStatus.None, MembershipStatus.Observer, "2005-07-05")), None);
        await store.WriteAsync(Batch.Upserting(Change("IND", MembershipStatus.Observer, MembershipStatus.Member, "2017-06-09")), None);

        Assert.Single(await store.LoadMembershipChangesAsync(["sco"], first.RecordedAt, None));
        Assert.Equal(2, (await store.LoadMembershipChangesAsync(["sco"], null, None)).Count);
    }
}
