using ScoGraph.Domain.Versions;

namespace ScoGraph.Domain.Tests.Versions;

public class VersionInfoSpecs
{
    private static readonly DateTimeOffset Recorded = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Retracted = Recorded.AddHours(1);

    [Fact]
    public void A_reader_sees_a_version_from_its_recording_until_just_before_its_retraction()
    {
        var version = new VersionInfo(1, Recorded, Retracted, "superseded by revision 2");

        Assert.False(version.WasKnownAt(Recorded.AddTicks(-1)));
        Assert.True(version.WasKnownAt(Recorded));
        Assert.True(version.WasKnownAt(Retracted.AddTicks(-1)));
        Assert.False(version.WasKnownAt(Retracted));
        Assert.False(version.WasKnownAt(null));
    }

    [Fact]
    public void A_current_version_is_seen_now_and_ever_after_its_recording()
    {
        var version = new VersionInfo(2, Recorded, Supersedes: 1);

        Assert.True(version.IsCurrent);
        Assert.True(version.WasKnownAt(null));
        Assert.True(version.WasKnownAt(Recorded.AddYears(10)));
        Assert.False(version.WasKnownAt(Recorded.AddSeconds(-1)));
    }
}
