using ScoGraph.Domain.Facts;
using ScoGraph.Domain.Model;
using ScoGraph.Domain.Ports;
using ScoGraph.Storage.ContractTests;
using ScoGraph.Storage.Neo4j.Http;
using ScoGraph.Storage.Neo4j.Reading;
using ScoGraph.Storage.Neo4j.Tests.Support;
using static ScoGraph.Storage.ContractTests.Samples;
using ScoGraph.Storage.Neo4j.Testing;

namespace ScoGraph.Storage.Neo4j.Tests.Store;

/// <summary>
/// The hot reads are index-backed: PROFILE of the statements the store sends for the as-of membership, post-holder
/// and meetings-between-dates questions shows no label scan, all-nodes scan or Cartesian product.
/// </summary>
[Collection(Neo4jServerCollection.Name)]
public sealed class QueryPlanSpecs(Neo4jServerFixture server)
{
    private static readonly string[] Forbidden = ["NodeByLabelScan", "AllNodesScan", "CartesianProduct"];

    /// <summary>A few hundred meetings over thirty years, tenures and status changes, with fresh index statistics.</summary>
    private async Task<Neo4jHttpSession> SeededAsync()
    {
        await using var store = await Neo4jStores.EmptyAsync(server);
        var meetings = Enumerable.Range(0, 300).Select(i =>
        {
            var day = new DateOnly(1995, 1, 1).AddDays(i * 37);
            return (Entity)Summit($"meeting-{i:D3}", $"Meeting {i}", day.ToString("yyyy-MM-dd"), day.AddDays(1).ToString("yyyy-MM-dd"));
        });
        var tenures = Enumerable.Range(0, 40).Select(i => (Entity)(Tenure("rashid-alimov", $"{1980 + i}", $"{1980 + i}") with { Id = $"t-{i:D2}" }));
        await store.WriteAsync(Batch.Upserting([.. WithSecretariat(), .. meetings, .. tenures,
            Change("KAZ", MembershipStatus.None, MembershipStatus.Member, "2001-06-15"),
            Change("IND", MembershipStatus.Observer, MembershipStatus.Member, "2017-06-09")]), CancellationToken.None);
        var session = new Neo4jHttpSession(server.Options());
        await session.ExecuteAsync([new CypherStatement("CALL db.resampleOutdatedIndexes()")], CancellationToken.None);
        return session;
    }

    private static async Task AssertIndexBackedAsync(ICypherSession session, CypherStatement statement)
    {
        var plan = await session.PlanAsync(statement, profile: true, CancellationToken.None);
        var operators = CypherPlan.PlanOperators(plan);
        Assert.NotEmpty(operators);
        Assert.All(Forbidden, f => Assert.DoesNotContain(f, operators));
    }

    [Neo4jFact]
    public async Task The_as_of_membership_reads_start_from_the_organization_node()
    {
        using var session = await SeededAsync();
        await AssertIndexBackedAsync(session, FactStatements.Load(new FactQuery(["sco"], FactDirection.Incoming,
            [Predicates.MembershipChange], new DateOnly(2018, 1, 1))));
        await AssertIndexBackedAsync(session, FactStatements.MembershipChanges(["sco"], null));
    }

    [Neo4jFact]
    public async Task The_post_holder_read_starts_from_the_post_node()
    {
        using var session = await SeededAsync();
        var statement = FactStatements.Load(new FactQuery(["sco-secretary-general"], FactDirection.Incoming,
            [Predicates.HoldsPost], new DateOnly(2000, 6, 1)));
        await AssertIndexBackedAsync(session, statement);
        var plan = CypherPlan.PlanOperators(await session.PlanAsync(statement, profile: false, CancellationToken.None));
        Assert.Contains("NodeUniqueIndexSeek", plan);
    }

    [Neo4jFact]
    public async Task Meetings_between_two_dates_use_the_indexes()
    {
        using var session = await SeededAsync();
        var list = ListStatement.For(new EntityQuery(EntityKind.Meeting,
            new EntityFilter(From: new DateOnly(2010, 1, 1), To: new DateOnly(2010, 12, 31)), new EntityOrder(EntityOrderField.Date)))!;
        await AssertIndexBackedAsync(session, list.Statement);
    }
}
