using System.Text.Json.Nodes;
using ScoGraph.Domain.Import;
using ScoGraph.Domain.Model;
using ScoGraph.Domain.Ports;
using ScoGraph.Domain.Serialization;
using static ScoGraph.Domain.Tests.SampleGraph;

namespace ScoGraph.Domain.Tests.Import;

public class ImportLineWriterSpecs
{
    private static Entity ReadBack(string line) =>
        Assert.IsType<Upsert>(ImportLineParser.Parse(line, 1) is { IsValid: true } parsed ? parsed.Item : throw new Xunit.Sdk.XunitException(string.Join("\n", ImportLineParser.Parse(line, 1).Errors))).Entity;

    [Fact]
    public void Every_sample_entity_reads_back_to_the_same_content()
    {
        foreach (var entity in All)
            Assert.Equal(EntityJson.Serialize(entity), EntityJson.Serialize(ReadBack(ImportLineWriter.Write(entity))));
    }

    [Fact]
    public void Every_line_declares_the_id_and_kind_of_its_entity_even_when_broken()
    {
        Assert.Equal(Enum.GetValues<EntityKind>().Order(), All.Select(e => e.Kind).Distinct().Order());
        foreach (var entity in All)
        {
            var line = ImportLineWriter.Write(entity);
            var misspelt = ImportLineParser.Parse("{\"sourcez\":[]," + line[1..], 1);
            Assert.False(misspelt.IsValid);
            foreach (var parsed in new[] { ImportLineParser.Parse(line, 1), misspelt })
                Assert.Equal((entity.Id, entity.Kind), (parsed.DeclaredId, parsed.DeclaredKind));
        }
    }

    [Fact]
    public void A_membership_change_is_written_in_the_documented_shape()
    {
        Assert.Equal(
            """{"type":"membershipChange","id":"IND-member-2017","state":"IND","organization":"sco","fromStatus":"OBSERVER","toStatus":"MEMBER","effective":"2017-06-09","decidedAt":"2017-astana-summit","sources":["sectsco-page"]}""",
            ImportLineWriter.Write(IndiaMember));
    }

    [Fact]
    public void A_claim_is_written_without_its_derived_id_and_quoted_sources_as_objects()
    {
        Assert.Equal(
            """{"type":"claim","subject":"sco-road-transport-agreement","predicate":"entryIntoForce","value":"2014","sources":[{"id":"seed-000","quote":"came into force back in 2014"}]}""",
            ImportLineWriter.Write(InForce2014));
    }

    [Fact]
    public void Every_dataset_line_is_written_back_with_the_same_fields_and_values()
    {
        var folder = DatasetFolder();
        foreach (var file in Directory.GetFiles(folder, "*.jsonl"))
            foreach (var line in File.ReadLines(file).Where(l => l.Trim().Length > 0))
            {
                var original = JsonNode.Parse(line)!.AsObject();
                if (original["type"]!.GetValue<string>() == "membershipChange") original.TryAdd("organization", "sco");
                // Empty lists and nulls mean "not given"; the writer leaves them out.
                foreach (var name in original.Where(p => p.Value is null || p.Value is JsonArray { Count: 0 }).Select(p => p.Key).ToArray())
                    original.Remove(name);
                var written = JsonNode.Parse(ImportLineWriter.Write(ReadBack(line)))!;
                Assert.True(JsonNode.DeepEquals(original, written), $"{Path.GetFileName(file)}:\n{line}\n{written.ToJsonString()}");
            }
    }

    private static string DatasetFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "ScoGraph.Api", "Data");
            if (Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException("src/ScoGraph.Api/Data");
    }
}
