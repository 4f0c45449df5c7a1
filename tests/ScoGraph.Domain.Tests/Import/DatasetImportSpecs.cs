using ScoGraph.Domain.Import;
using ScoGraph.Domain.Membership;
using ScoGraph.Domain.Model;
using ScoGraph.Domain.Ports;
using ScoGraph.Domain.Facts;
using ScoGraph.Domain.Time;
using ScoGraph.Domain.Versions;

namespace ScoGraph.Domain.Tests.Import;

/// <summary>The shipped SCO dataset, read in file-name order as one batch, passes the importer's checks.</summary>
public class DatasetImportSpecs
{
    private static string DataFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "ScoGraph.Api", "Data");
            if (Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException("src/ScoGraph.Api/Data not found above the test folder");
    }

    private static ImportBatch ReadDataset()
    {
        var files = Directory.GetFiles(DataFolder(), "*.jsonl").Order(StringComparer.Ordinal);
        var text = string.Join("\n", files.Select(File.ReadAllText));
        var lines = JsonLinesReader.Read(text).ToList();
        return ImportValidation.Validate(lines, new Dictionary<string, EntityKind>());
    }

    [Fact]
    public void Every_line_of_the_dataset_is_valid()
    {
        var batch = ReadDataset();

        Assert.True(batch.IsValid, string.Join("\n", batch.Errors.Take(30)));
        Assert.True(batch.Lines.Count > 300);
    }

    [Fact]
    public void The_dataset_answers_the_verified_membership_facts()
    {
        var batch = ReadDataset();
        var changes = batch.Lines.Select(l => l.Item).OfType<Upsert>().Select(u => u.Entity).OfType<MembershipChange>();
        var timeline = StatusTimeline.Derive(changes);

        var members = MembershipQuery.On(timeline, new DateOnly(2025, 12, 31), [MembershipStatus.Member], certainOnly: true)
            .Where(s => s.Organization == "sco").Select(s => s.State).Order(StringComparer.Ordinal);
        Assert.Equal(["BLR", "CHN", "IND", "IRN", "KAZ", "KGZ", "PAK", "RUS", "TJK", "UZB"], members);
        Assert.Equal(MembershipStatus.Observer, MembershipQuery.StatusOf(timeline, "IND", new DateOnly(2017, 6, 8)).Single().Status);
        Assert.Equal(MembershipStatus.Member, MembershipQuery.StatusOf(timeline, "IND", new DateOnly(2017, 6, 9)).Single().Status);
    }

    [Fact]
    public void The_dataset_records_the_road_transport_conflict()
    {
        var entities = ReadDataset().Lines.Select(l => l.Item).OfType<Upsert>().Select(u => u.Entity);
        var facts = entities.SelectMany(FactProjection.Project)
            .Select(f => new FactRecord(f, new VersionInfo(1, DateTimeOffset.UnixEpoch), Certainty.Certain));

        var conflicts = ConflictDetector.Detect(facts);

        Assert.True(conflicts.Count >= 10, string.Join("\n", conflicts.Select(c => $"{c.Subject} {c.Predicate} {string.Join(" / ", c.Values)}")));
        var road = Assert.Single(conflicts, c => c.Subject == "sco-road-transport-agreement" && c.Predicate == "entryIntoForce");
        Assert.Equal(["2014", "2017-01-20"], road.Values);
    }
}
