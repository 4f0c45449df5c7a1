using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ScoGraph.Api.Tests.Support;
using ScoGraph.Domain.Model;
using ScoGraph.Domain.Ports;

namespace ScoGraph.Api.Tests.Resolvers;

public sealed class KnowledgeTimeSpecs
{
    [Fact]
    public async Task Before_the_dataset_was_loaded_the_graph_knew_nothing()
    {
        await using var server = await ApiServer.StartAsync();
        var response = await server.QueryAsync("""
            { state(iso3: "IND", knownAt: "2000-01-01T00:00:00Z") { name }
              node(id: "sco", knownAt: "2000-01-01T00:00:00Z") { id }
              membership(asOf: "2025-12-31", knownAt: "2000-01-01T00:00:00Z") { status }
              states(knownAt: "2000-01-01T00:00:00Z") { totalCount nodes { id } }
              conflicts(knownAt: "2000-01-01T00:00:00Z") { description }
              changes(from: "2001-01-01", to: "2025-12-31", knownAt: "2000-01-01T00:00:00Z") { date } }
            """);
        var data = response.Data();
        Assert.Equal(JsonValueKind.Null, data.At("state").ValueKind);
        Assert.Equal(JsonValueKind.Null, data.At("node").ValueKind);
        Assert.Equal(0, data.At("membership").GetArrayLength());
        Assert.Equal(0, data.At("states", "totalCount").GetInt32());
        Assert.Equal(0, data.At("conflicts").GetArrayLength());
        Assert.Equal(0, data.At("changes").GetArrayLength());
    }

    [Fact]
    public async Task Nested_fields_read_at_the_knowledge_time_of_their_root_field()
    {
        await using var server = await ApiServer.StartAsync();
        var store = server.Services.GetRequiredService<ITimelineStore>();
        var india = (State)(await store.LoadEntitiesAsync(["IND"], null, CancellationToken.None))["IND"].Item;
        await store.WriteAsync(new WriteBatch([new Upsert(india with { Name = "India (corrected)" })]), CancellationToken.None);
        var seededAt = (await server.QueryAsync("""{ history(id: "IND") { recordedAt } }""")).Data().At("history", 0, "recordedAt").GetString();

        var data = (await server.QueryAsync("""
            query($then: DateTime) {
              then: membershipChanges(from: "2017-06-09", to: "2017-06-09", knownAt: $then) { state { name membershipChanges { state { name } } } }
              now: membershipChanges(from: "2017-06-09", to: "2017-06-09") { state { name } }
              history(id: "IND") { version retractedAt retractionReason } }
            """, new { then = seededAt })).Data();

        Assert.Contains("India", data.At("then").Texts("state", "name"));
        Assert.DoesNotContain("India (corrected)", data.At("then").Texts("state", "name"));
        var nested = data.At("then").EnumerateArray().Single(c => c.At("state", "name").GetString() == "India");
        Assert.All(nested.At("state", "membershipChanges").Texts("state", "name"), name => Assert.Equal("India", name));
        Assert.Contains("India (corrected)", data.At("now").Texts("state", "name"));
        Assert.Equal(2, data.At("history").GetArrayLength());
        Assert.NotEqual(JsonValueKind.Null, data.At("history", 0, "retractedAt").ValueKind);
    }
}
