using ScoGraph.Domain.Model;

namespace ScoGraph.Domain.Tests.Model;

public class EnumTextSpecs
{
    [Fact]
    public void Enums_are_spelt_in_screaming_snake_case()
    {
        Assert.Equal("DIALOGUE_PARTNER", EnumText<MembershipStatus>.Format(MembershipStatus.DialoguePartner));
        Assert.Equal("HEADS_OF_GOVERNMENT", EnumText<MeetingKind>.Format(MeetingKind.HeadsOfGovernment));
        Assert.Equal("MEMBERSHIP_CHANGE", EnumText<EntityKind>.Format(EntityKind.MembershipChange));
        Assert.Equal(["NONE", "DIALOGUE_PARTNER", "OBSERVER", "MEMBER", "PARTNER"], EnumText<MembershipStatus>.All);
    }

    [Theory]
    [InlineData("MEMBER", true)]
    [InlineData("member", false)]
    [InlineData("Member", false)]
    [InlineData("MEMBERS", false)]
    [InlineData(null, false)]
    public void Parsing_is_exact(string? text, bool ok)
    {
        Assert.Equal(ok, EnumText<MembershipStatus>.TryParse(text, out _));
    }
}
