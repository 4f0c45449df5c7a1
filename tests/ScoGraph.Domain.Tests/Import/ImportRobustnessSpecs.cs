using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ScoGraph.Domain.Import;
using ScoGraph.Domain.Model;

namespace ScoGraph.Domain.Tests.Import;

/// <summary>Bad input never crashes the importer: it always answers with errors or items.</summary>
public class ImportRobustnessSpecs
{
    private static readonly string[] Samples =
    [
        """{"type":"membershipChange","id":"IND-observer-2005","state":"IND","toStatus":"OBSERVER","effective":"2005-07-05","decidedAt":"m","sources":["s",{"id":"t","quote":"q"}]}""",
        """{"type":"meeting","id":"m","title":"T","kind":"HEADS_OF_STATE","start":"2017-06-08","end":"2017-06-09","virtual":false,"participants":[{"entity":"IND","role":"r","represented":"IND"}],"topics":["a"],"decisions":["b"]}""",
        """{"type":"agreement","id":"a","title":"T","kind":"CHARTER","signed":"2002-06-07","parties":[{"party":"CHN","signed":"2002-06-07","ratified":"2002"}]}""",
        """{"type":"claim","subject":"x","predicate":"entryIntoForce","value":"2014","sources":["s"]}""",
        """{"type":"retraction","subject":"x","predicate":"end","reason":"r"}""",
        """{"type":"tenure","id":"t","official":"o","post":"p","start":"2016","end":"2018"}""",
    ];

    private static readonly JsonNode?[] OddValues =
        [null, 0, -1, 1e308, true, "", " ", "2006-13", "\u0000", new JsonArray(), new JsonObject(), new JsonArray(1, "x", null), "x".PadRight(5000, 'x')];

    /// <summary>A sample line with one field replaced by an odd value, removed, or nested oddly.</summary>
    private static Arbitrary<string> MutatedLines() => Arb.From(
        from sample in Gen.Elements(Samples)
        from fieldIndex in Gen.Choose(0, 20)
        from valueIndex in Gen.Choose(-1, OddValues.Length - 1)
        select Mutate(sample, fieldIndex, valueIndex));

    private static string Mutate(string sample, int fieldIndex, int valueIndex)
    {
        var line = JsonNode.Parse(sample)!.AsObject();
        var name = line.Select(p => p.Key).ElementAt(fieldIndex % line.Count);
        if (valueIndex < 0) line.Remove(name);
        else line[name] = OddValues[valueIndex]?.DeepClone();
        return line.ToJsonString();
    }

    [Property(MaxTest = 500)]
    public Property Mutated_lines_give_errors_or_items_never_exceptions() => Prop.ForAll(MutatedLines(), text =>
    {
        var lines = JsonLinesReader.Read(text).ToList();
        var batch = ImportValidation.Validate(lines, new Dictionary<string, EntityKind>());
        return lines.Count == 1 && (batch.IsValid || batch.Errors.All(e => e.Message.Length > 0 && e.Line == 1));
    });

    [Property(MaxTest = 500)]
    public bool Arbitrary_text_never_throws(NonNull<string> text)
    {
        var lines = JsonLinesReader.Read(text.Get).ToList();
        ImportValidation.Validate(lines, new Dictionary<string, EntityKind>());
        return lines.All(l => l.IsValid || l.Errors.Count > 0);
    }

    [Theory]
    [InlineData("{\"type\":\"state\",\"id\":\"IND\",\"name\":\"India\",\"iso3\":\"IND\",\"name\":\"Bharat\"}")]
    [InlineData("{\"type\":\"state\"}")]
    [InlineData("{\"type\":null}")]
    [InlineData("{\"type\":\"meeting\",\"id\":\"m\",\"title\":\"T\",\"kind\":\"OTHER\",\"start\":\"2017\",\"participants\":{\"entity\":\"IND\"}}")]
    [InlineData("null")]
    [InlineData("\"just a string\"")]
    [InlineData("{\"type\":\"state\",\"id\":\"IND\"} trailing")]
    [InlineData("{\"type\":\"claim\",\"subject\":\"x\",\"predicate\":\"p\",\"value\":\"\\uD800\",\"sources\":[\"s\"]}")]
    [InlineData("{\"type\":\"state\",\"id\":\"IND\",\"name\":\"India\",\"iso3\":\"IND\",\"\\uDC00\":1}")]
    [InlineData("{\"type\":\"\\uD800\"}")]
    [InlineData("{\"type\":\"state\",\"id\":\"\uD800\",\"name\":\"x\uDC00\",\"iso3\":\"IND\"}")]
    [InlineData("{\"type\":\"state\",\"id\":\"IND\",\"name\":\"India\",\"iso3\":\"IND\",\"aliases\":[\"\\uD800x\"],\"sources\":[\"\\uDFFF\"]}")]
    public void Odd_lines_are_answered_with_errors_or_an_item(string line)
    {
        var parsed = Assert.Single(JsonLinesReader.Read(line));

        Assert.True(parsed.IsValid || parsed.Errors.Count > 0);
    }
}
