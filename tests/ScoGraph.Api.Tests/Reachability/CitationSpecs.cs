using ScoGraph.Api.Tests.Resolvers;
using ScoGraph.Api.Tests.Support;

namespace ScoGraph.Api.Tests.Reachability;

/// <summary>Every fact's citations carry the quote that backs it, in the same <c>Citation</c> shape on every type.</summary>
[Collection(SeededServerCollection.Name)]
public sealed class CitationSpecs(SeededServerFixture fixture)
{
    private readonly ApiServer _server = fixture.Server;

    [Fact]
    public async Task A_tenure_cites_its_sources_with_their_quotes()
    {
        var data = (await _server.QueryAsync("""
            { node(id: "rashid-alimov-sco-secretary-general") { ... on Tenure { citations { source { id publisher } quote } } } }
            """)).Data();
        var citation = data.At("node", "citations").EnumerateArray().First(c => c.At("source", "id").GetString() == "newstj-norov-nomination-2018");
        Assert.Contains("since January 1, 2016", citation.At("quote").GetString());
    }

    [Fact]
    public async Task Conflict_sides_and_timeline_events_cite_with_quotes_too()
    {
        var data = (await _server.QueryAsync("""
            { conflicts(subject: "sco-road-transport-agreement") { claims { value citations { source { id } quote } } }
              timeline(id: "IND", from: "2017-01-01", to: "2017-12-31") { citations { source { id } quote } } }
            """)).Data();
        var side = data.At("conflicts", 0, "claims").EnumerateArray().Single(c => c.At("value").GetString() == "2014");
        Assert.Equal(["The agreement was signed and came into force back in 2014"], side.At("citations").Texts("quote"));
        Assert.True(data.At("timeline", 0, "citations").GetArrayLength() > 0);
    }

    [Fact]
    public async Task The_Sourced_interface_declares_citations()
    {
        var data = (await _server.QueryAsync("""{ __type(name: "Sourced") { fields { name } possibleTypes { name } } }""")).Data();
        Assert.Contains("citations", data.At("__type", "fields").Texts("name"));
        Assert.Contains("Claim", data.At("__type", "possibleTypes").Texts("name"));
    }
}
