using System.Text;
using ScoGraph.Api.Tests.Dataset;
using ScoGraph.Api.Tests.Support;
using ScoGraph.Domain.Import;

namespace ScoGraph.Api.Tests.Resolvers;

/// <summary>A request's store calls do not grow with the number of objects it returns.</summary>
public sealed class DataLoaderSpecs
{
    private const string StatesQuery = """
        query($first: Int) { states(first: $first) { nodes { name status(asOf: "2020-01-01") membershipChanges { effective } sources { title } } } }
        """;

    [Fact]
    public async Task Listing_10_or_100_states_with_status_changes_and_sources_costs_the_same_few_store_calls()
    {
        CountingStore? counting = null;
        await using var server = await ApiServer.StartAsync(new ApiServerOptions
        {
            Seed = false,
            WrapStore = store => counting = new CountingStore(store),
        });
        var report = await new Importer(counting!).ImportAsync(SyntheticStates(100), CancellationToken.None);
        Assert.True(report.Succeeded, string.Join("\n", report.Errors));

        var callsFor10 = await CountCallsAsync(server, counting!, 10);
        var callsFor100 = await CountCallsAsync(server, counting!, 100);

        Assert.Equal(callsFor10.Total, callsFor100.Total);
        Assert.True(callsFor100.Total <= 3, $"{callsFor100.Total} store calls: {callsFor100.Detail}");
    }

    [Fact]
    public async Task Every_seeded_meeting_with_hosts_participants_agreements_and_sources_costs_a_bounded_number_of_store_calls()
    {
        CountingStore? counting = null;
        await using var server = await ApiServer.StartAsync(new ApiServerOptions { WrapStore = store => counting = new CountingStore(store) });
        counting!.Reset();
        var data = (await server.QueryAsync("""
            { meetings(first: 200) { nodes { title host { name } country { name } participants { participant { __typename ... on State { name } ... on Official { name nationality { name } } } }
                agreements { title parties { party { __typename } } } sources { title } } } }
            """)).Data();
        Assert.Equal(DatasetFiles.Count("meeting"), data.At("meetings", "nodes").GetArrayLength());
        Assert.True(counting.Total <= 5, $"{counting.Total} store calls: {Describe(counting)}");
    }

    [Fact]
    public async Task The_membership_root_field_loads_the_states_only_when_they_are_selected()
    {
        CountingStore? counting = null;
        await using var server = await ApiServer.StartAsync(new ApiServerOptions { WrapStore = store => counting = new CountingStore(store) });

        counting!.Reset();
        (await server.QueryAsync("""{ membership(asOf: "2020-01-01") { status since } }""")).Data();
        Assert.Equal("LoadMembershipChangesAsync x1", Describe(counting));

        counting.Reset();
        (await server.QueryAsync("""{ membership(asOf: "2020-01-01") { state { iso3 name status(asOf: "2020-01-01") } status } }""")).Data();
        Assert.Equal("LoadEntitiesAsync x1, LoadMembershipChangesAsync x1", Describe(counting));
    }

    [Fact]
    public async Task A_page_with_its_total_count_is_one_store_call()
    {
        CountingStore? counting = null;
        await using var server = await ApiServer.StartAsync(new ApiServerOptions { WrapStore = store => counting = new CountingStore(store) });

        counting!.Reset();
        var data = (await server.QueryAsync("{ states(first: 5) { totalCount nodes { iso3 } } }")).Data();

        Assert.Equal(5, data.At("states", "nodes").GetArrayLength());
        Assert.Equal(DatasetFiles.Count("state"), data.At("states", "totalCount").GetInt32());
        Assert.Equal("FindEntitiesAsync x1", Describe(counting));
    }

    private static async Task<(int Total, string Detail)> CountCallsAsync(ApiServer server, CountingStore counting, int first)
    {
        counting.Reset();
        var data = (await server.QueryAsync(StatesQuery, new { first })).Data();
        Assert.Equal(first, data.At("states", "nodes").GetArrayLength());
        Assert.All(data.At("states", "nodes").EnumerateArray(), s =>
        {
            Assert.Equal("OBSERVER", s.At("status").GetString());
            Assert.Equal(2, s.At("membershipChanges").GetArrayLength());
            Assert.Equal(["Synthetic source"], s.At("sources").Texts("title"));
        });
        return (counting.Total, Describe(counting));
    }

    private static string Describe(CountingStore counting) =>
        string.Join(", ", counting.Calls.OrderBy(c => c.Key).Select(c => $"{c.Key} x{c.Value}"));

    /// <summary>A source, the SCO, and <paramref name="count"/> states, each an observer from 2010 and a member from 2021.</summary>
    private static string SyntheticStates(int count)
    {
        var lines = new StringBuilder();
        lines.AppendLine("""{"type":"source","id":"synthetic-source","title":"Synthetic source"}""");
        lines.AppendLine("""{"type":"organization","id":"sco","name":"Shanghai Cooperation Organisation","sources":["synthetic-source"]}""");
        for (var i = 0; i < count; i++)
        {
            var iso = $"Q{(char)('A' + i / 26)}{(char)('A' + i % 26)}";
            lines.AppendLine($$"""{"type":"state","id":"{{iso}}","name":"State {{iso}}","iso3":"{{iso}}","sources":["synthetic-source"]}""");
            lines.AppendLine($$"""{"type":"membershipChange","id":"{{iso}}-observer","state":"{{iso}}","toStatus":"OBSERVER","effective":"2010-01-01","sources":["synthetic-source"]}""");
            lines.AppendLine($$"""{"type":"membershipChange","id":"{{iso}}-member","state":"{{iso}}","fromStatus":"OBSERVER","toStatus":"MEMBER","effective":"2021-01-01","sources":["synthetic-source"]}""");
        }
        return lines.ToString();
    }
}
