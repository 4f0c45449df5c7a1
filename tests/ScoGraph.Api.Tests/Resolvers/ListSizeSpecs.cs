using System.Net.Http.Json;
using System.Text.Json;
using ScoGraph.Api.Schema;
using ScoGraph.Api.Tests.Support;
using ScoGraph.GraphQL.Types;

namespace ScoGraph.Api.Tests.Resolvers;

/// <summary>
/// The cost analysis weighs every unpaged list by the most it may return, never a flat guess (issue 11, finding 2):
/// each list reachable from <c>Query</c> declares its bound, and a query's cost shows it.
/// </summary>
public sealed class ListSizeSpecs
{
    [Fact]
    public void Every_list_a_query_can_reach_declares_its_bound_unless_a_page_slices_it()
    {
        var schema = ScoGraphSchema.Create();
        var undeclared = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Queue<NamedType>([schema.QueryType!]);
        while (pending.TryDequeue(out var type))
        {
            if (type.Name.StartsWith("__", StringComparison.Ordinal) || !seen.Add(type.Name)) continue;
            if (type is UnionType union)
            {
                foreach (var member in union.Types) pending.Enqueue(member);
                continue;
            }
            if (type is not ComplexOutputType complex) continue;
            if (type is InterfaceType face) foreach (var member in schema.GetPossibleTypes(face)) pending.Enqueue(member);

            // A connection's edges and nodes hold one page: its first/last already weighs them.
            var isConnection = type.Name.EndsWith("Connection", StringComparison.Ordinal);
            foreach (var field in complex.Fields)
            {
                var isList = field.Type.GetNullableType() is ListType;
                if (isList && field.ListSize is null && !(isConnection && field.Name is "edges" or "nodes"))
                    undeclared.Add($"{type.Name}.{field.Name}");
                pending.Enqueue(field.Type.GetNamedType());
            }
        }

        Assert.Empty(undeclared);
    }

    private static async Task<long> CostAsync(ApiServer server, string query)
    {
        using var response = await server.Client.PostAsJsonAsync("/graphql", new { query, extensions = new { cost = true } });
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        return json.At("extensions", "cost", "fieldCost").GetInt64();
    }

    [Fact]
    public async Task An_entitys_own_lists_weigh_their_documented_maximum()
    {
        await using var server = await ApiServer.StartAsync(new ApiServerOptions { Seed = false });

        // state 1 + claims 100 * (1 + value) + sources 100 * (1 + title) + aliases 100
        Assert.Equal(501, await CostAsync(server, """{ state(iso3: "IND") { claims { value } sources { title } aliases } }"""));
        // meeting 1 + participants 500 * (1 + role)
        Assert.Equal(1001, await CostAsync(server, """{ node(id: "x") { ... on Meeting { participants { role } } } }"""));
    }

    [Fact]
    public async Task Nodes_weighs_the_ids_it_is_given()
    {
        await using var server = await ApiServer.StartAsync(new ApiServerOptions { Seed = false });

        Assert.Equal(4, await CostAsync(server, """{ nodes(ids: ["IND", "PAK"]) { id } }"""));
    }

    [Fact]
    public async Task The_default_budget_admits_two_lists_of_a_hundred_nested_below_a_page_and_refuses_a_third()
    {
        await using var server = await ApiServer.StartAsync(new ApiServerOptions { Seed = false });

        var fits = await server.QueryAsync(
            "{ meetings(first: 100) { nodes { agreements { claims { value } } } } }");
        Assert.Empty(fits.ErrorMessages());

        var refused = await server.QueryAsync(
            "{ meetings(first: 100) { nodes { agreements { claims { sources { title } } } } } }");
        Assert.Equal("MAX_COST_EXCEEDED", refused.At("errors", 0, "extensions", "code").GetString());
    }
}
