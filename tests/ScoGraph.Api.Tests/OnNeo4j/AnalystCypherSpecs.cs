using ScoGraph.Api.Tests.Support;
using ScoGraph.Storage.Neo4j;
using ScoGraph.Storage.Neo4j.Http;
using ScoGraph.Storage.Neo4j.Testing;

namespace ScoGraph.Api.Tests.OnNeo4j;

/// <summary>
/// The Cypher docs/neo4j-model.md gives analysts answers what the GraphQL API answers, on the seeded SCO dataset: a
/// Cypher user and an API client never see two different graphs.
/// </summary>
[Collection(Neo4jApiCollection.Name)]
public sealed class AnalystCypherSpecs : IAsyncLifetime
{
    private ApiServer? _server;
    private Neo4jHttpSession? _cypher;

    private ApiServer Server => _server!;

    [Neo4jFact]
    public async Task Members_on_a_date_are_the_states_membership_lists()
    {
        var cypher = await RowsAsync(AnalystQueries.MembersOnDate, ("org", "sco"), ("day", "2020-01-01"));
        var graphql = (await Server.QueryAsync("""{ membership(asOf: "2020-01-01", status: [MEMBER]) { state { iso3 } since } }"""))
            .Data().GetProperty("membership");

        Assert.Equal(graphql.Texts("state", "iso3"), cypher.Select(r => r[0]));
        Assert.Equal(graphql.Texts("since"), cypher.Select(r => r[2]));
    }

    [Neo4jFact]
    public async Task The_Secretary_General_on_a_date_is_the_office_holder_with_the_same_certainty()
    {
        foreach (var day in new[] { "2007-03-01", "2017-03-01", "2022-06-01" })
        {
            var cypher = await RowsAsync(AnalystQueries.PostHolderOnDate, ("post", "sco-secretary-general"), ("day", day));
            var graphql = (await Server.QueryAsync($$"""{ officeHolders(post: "sco-secretary-general", asOf: "{{day}}") { official { id } certainty } }"""))
                .Data().GetProperty("officeHolders");

            Assert.Equal(graphql.Texts("official", "id"), cypher.Select(r => r[0]));
            Assert.Equal(graphql.Texts("certainty"), cypher.Select(r => r[4]));
        }
    }

    [Neo4jFact]
    public async Task Who_attended_a_summit_is_the_meetings_participants()
    {
        var cypher = await RowsAsync(AnalystQueries.MeetingParticipants, ("meeting", "2017-astana-summit"));
        var graphql = (await Server.QueryAsync("""
            { node(id: "2017-astana-summit") { ... on Meeting { participants { participant { ... on State { id } ... on Organization { id } ... on Official { id } } } } } }
            """)).Data().At("node", "participants");

        Assert.Equal(graphql.Texts("participant", "id").Order(StringComparer.Ordinal), cypher.Select(r => r[0]!));
    }

    [Neo4jFact]
    public async Task The_parties_of_an_agreement_are_the_agreements_parties()
    {
        var cypher = await RowsAsync(AnalystQueries.AgreementParties, ("agreement", "sco-charter"));
        var graphql = (await Server.QueryAsync("""
            { node(id: "sco-charter") { ... on Agreement { parties { party { ... on State { id } ... on Organization { id } } } } } }
            """)).Data().At("node", "parties");

        Assert.Equal(graphql.Texts("party", "id").Order(StringComparer.Ordinal), cypher.Select(r => r[0]!));
    }

    [Neo4jFact]
    public async Task Conflicting_claims_are_the_conflicts_the_API_lists()
    {
        var cypher = await RowsAsync(AnalystQueries.ConflictingClaims);
        var graphql = (await Server.QueryAsync("{ conflicts { subject { id } predicate } }")).Data().GetProperty("conflicts");

        var fromApi = graphql.EnumerateArray().Select(c => $"{c.At("subject", "id").GetString()} {c.GetProperty("predicate").GetString()}");
        Assert.Equal(fromApi.Order(StringComparer.Ordinal), cypher.Select(r => $"{r[0]} {r[1]}"));
    }

    public async Task InitializeAsync()
    {
        if (Neo4jTestServer.SkipReason is not null) return;
        _server = await Neo4jApiServer.StartFreshAsync();
        _cypher = new Neo4jHttpSession(await Neo4jTestServer.OptionsAsync());
    }

    public async Task DisposeAsync()
    {
        _cypher?.Dispose();
        if (_server is not null) await _server.DisposeAsync();
    }

    /// <summary>Runs an analyst query as written in the doc; each row's columns as text (lists joined by commas).</summary>
    private async Task<List<string?[]>> RowsAsync(string cypher, params (string Name, object? Value)[] parameters) =>
        await _cypher!.QueryAsync(CypherStatement.Of(cypher, parameters), row =>
            Enumerable.Range(0, row.Count).Select(i => row[i].ValueKind switch
            {
                System.Text.Json.JsonValueKind.String => row[i].GetString(),
                System.Text.Json.JsonValueKind.Null => null,
                _ => row[i].GetRawText(),
            }).ToArray(), CancellationToken.None);
}
