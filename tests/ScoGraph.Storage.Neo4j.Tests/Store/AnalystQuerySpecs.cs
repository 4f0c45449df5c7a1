using System.Text.Json;
using ScoGraph.Domain.Facts;
using ScoGraph.Domain.Model;
using ScoGraph.Domain.Ports;
using ScoGraph.Domain.Time;
using ScoGraph.Domain.Timelines;
using ScoGraph.Storage.ContractTests;
using ScoGraph.Storage.Neo4j.Http;
using ScoGraph.Storage.Neo4j.Tests.Support;
using static ScoGraph.Storage.ContractTests.Samples;
using ScoGraph.Storage.Neo4j.Testing;

namespace ScoGraph.Storage.Neo4j.Tests.Store;

/// <summary>
/// Runs each analyst query of docs/neo4j-model.md on a database seeded through the store, and checks its answer
/// against the store port's own answer to the same question where the port has one.
/// </summary>
[Collection(Neo4jServerCollection.Name)]
public sealed class AnalystQuerySpecs(Neo4jServerFixture server)
{
    private static CancellationToken None => CancellationToken.None;

    /// <summary>The contract's small SCO world: secretaries-general, a summit, an agreement, status changes, a claim.</summary>
    public static Entity[] World() =>
    [
        .. WithSecretariat(),
        Tenure("bolat-nurgaliyev", "2007-01-01", "2009-12-31"),
        Tenure("rashid-alimov", "2016", "2018"),
        Summit("2017-astana-summit", "Astana summit", "2017-06-08", "2017-06-09"),
        RoadTransport(),
        Change("KAZ", MembershipStatus.None, MembershipStatus.Member, "2001-06-15"),
        Change("IND", MembershipStatus.None, MembershipStatus.Observer, "2005-07-05"),
        Change("IND", MembershipStatus.Observer, MembershipStatus.Member, "2017-06-09"),
        Change("PAK", MembershipStatus.Observer, MembershipStatus.Member, "2017-06-09"),
        EntryIntoForceClaim("2014", "src-seed"),
    ];

    private async Task<(Neo4jTimelineStore Store, Neo4jHttpSession Session)> SeededAsync()
    {
        var store = await Neo4jStores.EmptyAsync(server);
        await store.WriteAsync(Batch.Upserting(World()), None);
        return (store, new Neo4jHttpSession(server.Options()));
    }

    /// <summary>The rows of a query, each column as text (strings as such, other values as JSON).</summary>
    internal static async Task<List<string?[]>> RowsAsync(ICypherSession session, string cypher, params (string, object?)[] parameters) =>
        await session.QueryAsync(CypherStatement.Of(cypher, parameters), row => Enumerable.Range(0, row.Count).Select(i => row[i].ValueKind switch
        {
            JsonValueKind.Null => null,
            JsonValueKind.String => row[i].GetString(),
            _ => row[i].GetRawText(),
        }).ToArray(), None);

    [Neo4jFact]
    public async Task Members_on_a_date()
    {
        var (store, session) = await SeededAsync();
        await using var _ = store;
        using var __ = session;
        Assert.Equal(["KAZ"], (await RowsAsync(session, AnalystQueries.MembersOnDate, ("org", "sco"), ("day", "2010-01-01"))).Select(r => r[0]!));
        var members2018 = (await RowsAsync(session, AnalystQueries.MembersOnDate, ("org", "sco"), ("day", "2018-01-01"))).Select(r => r[0]!).ToArray();
        Assert.Equal(["IND", "KAZ", "PAK"], members2018);

        // The port's answer: the latest change of each state on or before the day.
        var changes = await store.LoadMembershipChangesAsync(["sco"], null, None);
        var expected = changes.Where(c => c.Item.Effective.Latest <= new DateOnly(2018, 1, 1))
            .GroupBy(c => c.Item.State).Where(g => g.OrderBy(c => c.Item.Effective.Latest).Last().Item.To == MembershipStatus.Member)
            .Select(g => g.Key).Order(StringComparer.Ordinal);
        Assert.Equal(expected, members2018);
    }

    [Neo4jFact]
    public async Task The_secretary_general_on_a_date()
    {
        var (store, session) = await SeededAsync();
        await using var _ = store;
        using var __ = session;
        foreach (var (day, official, certainty) in new[] { ("2008-05-01", "bolat-nurgaliyev", "CERTAIN"), ("2016-01-01", "rashid-alimov", "POSSIBLE") })
        {
            var row = Assert.Single(await RowsAsync(session, AnalystQueries.PostHolderOnDate, ("post", "sco-secretary-general"), ("day", day)));
            Assert.Equal((official, certainty), (row[0], row[4]));
            var port = Assert.Single(await store.LoadFactsAsync(new FactQuery(["sco-secretary-general"], FactDirection.Incoming,
                [Predicates.HoldsPost], DateOnly.Parse(day)), None));
            Assert.Equal((port.Fact.Subject, port.Certainty == Certainty.Certain ? "CERTAIN" : "POSSIBLE"), (row[0], row[4]));
        }
        Assert.Empty(await RowsAsync(session, AnalystQueries.PostHolderOnDate, ("post", "sco-secretary-general"), ("day", "2012-01-01")));
    }

    [Neo4jFact]
    public async Task Who_attended_a_summit()
    {
        var (store, session) = await SeededAsync();
        await using var _ = store;
        using var __ = session;
        var rows = await RowsAsync(session, AnalystQueries.MeetingParticipants, ("meeting", "2017-astana-summit"));
        Assert.Equal([("IND", "STATE", "new member"), ("KAZ", "STATE", "host")], rows.Select(r => (r[0], r[1], r[2])));
        var port = await store.LoadFactsAsync(new FactQuery(["2017-astana-summit"], FactDirection.Incoming, [Predicates.ParticipatedIn]), None);
        Assert.Equal(port.Select(f => (f.Fact.Subject, f.Fact.Value)).Order(), rows.Select(r => (r[0]!, r[2])).Order());
    }

    [Neo4jFact]
    public async Task The_parties_of_an_agreement()
    {
        var (store, session) = await SeededAsync();
        await using var _ = store;
        using var __ = session;
        var rows = await RowsAsync(session, AnalystQueries.AgreementParties, ("agreement", "road-transport"));
        Assert.Equal([("IND", "India", "2019"), ("KAZ", "Kazakhstan", "2014-09-12")], rows.Select(r => (r[0], r[1], r[2])));
        var port = await store.LoadFactsAsync(new FactQuery(["road-transport"], FactDirection.Incoming, [Predicates.PartyTo]), None);
        Assert.Equal(port.Select(f => (f.Fact.Subject, f.Fact.Valid!.Start.ToString())).Order(), rows.Select(r => (r[0]!, r[2])).Order());
    }

    [Neo4jFact]
    public async Task A_states_timeline()
    {
        var (store, session) = await SeededAsync();
        await using var _ = store;
        using var __ = session;
        var rows = await RowsAsync(session, AnalystQueries.StateTimeline, ("state", "IND"));
        Assert.Equal([("2005-07-05", "membershipChange"), ("2017-06-08", "participatedIn"), ("2017-06-09", "membershipChange"), ("2019", "partyTo")],
            rows.Select(r => (r[0], r[1])));
        var port = await store.LoadFactsAsync(new FactQuery(["IND"]), None);
        Assert.Equal(port.Count(f => f.Fact.Valid is not null), rows.Count);
    }

    [Neo4jFact]
    public async Task What_changed_between_two_dates()
    {
        var (store, session) = await SeededAsync();
        await using var _ = store;
        using var __ = session;
        var (from, to) = (new DateOnly(2017, 1, 1), new DateOnly(2017, 12, 31));
        var rows = await RowsAsync(session, AnalystQueries.ChangesBetween, ("from", "2017-01-01"), ("to", "2017-12-31"));
        Assert.Equal([("2017-01-20", "entryIntoForce"), ("2017-06-08", "start"), ("2017-06-09", "membershipChange"), ("2017-06-09", "membershipChange")],
            rows.Select(r => (r[0], r[1])));

        var report = Changes.Between(from, to, await store.FactsInRangeAsync(new FactRangeQuery(from, to), None));
        var portEvents = new[] { report.StatusChanges, report.HolderChanges, report.AgreementsSigned, report.AgreementsInForce, report.Meetings }
            .SelectMany(e => e).Select(e => (e.Date.ToString(), e.ItemId)).Order();
        Assert.Equal(portEvents, rows.Select(r => (r[0]!, r[6]!)).Order());
    }

    [Neo4jFact]
    public async Task Facts_known_at_a_past_instant()
    {
        var (store, session) = await SeededAsync();
        await using var _ = store;
        using var __ = session;
        var first = await store.WriteAsync(Batch.Upserting(Tenure("rashid-alimov", "2015", "2018")), None);
        var second = await store.WriteAsync(Batch.Upserting(Tenure("rashid-alimov", "2016", "2018")), None);

        async Task<string?> TenureStartKnownAt(DateTimeOffset t) =>
            (await RowsAsync(session, AnalystQueries.FactsKnownAt, ("id", "rashid-alimov"), ("knownAt", CypherTemporal.FormatDateTime(t))))
            .Single(r => r[0] == Predicates.HoldsPost)[3];

        Assert.Equal("2015", await TenureStartKnownAt(first.RecordedAt));
        Assert.Equal("2016", await TenureStartKnownAt(second.RecordedAt));
        var port = await store.LoadFactsAsync(new FactQuery(["rashid-alimov"], Predicates: [Predicates.HoldsPost], KnownAt: first.RecordedAt), None);
        Assert.Equal("2015", Assert.Single(port).Fact.Valid!.Start.ToString());
        var all = await RowsAsync(session, AnalystQueries.FactsKnownAt, ("id", "rashid-alimov"), ("knownAt", CypherTemporal.FormatDateTime(second.RecordedAt)));
        Assert.Equal((await store.LoadFactsAsync(new FactQuery(["rashid-alimov"], KnownAt: second.RecordedAt), None)).Count, all.Count);
    }

    [Neo4jFact]
    public async Task Conflicting_claims()
    {
        var (store, session) = await SeededAsync();
        await using var _ = store;
        using var __ = session;
        var row = Assert.Single(await RowsAsync(session, AnalystQueries.ConflictingClaims));
        Assert.Equal(("road-transport", "entryIntoForce"), (row[0], row[1]));
        Assert.Equal(["2014", "2017-01-20"], JsonSerializer.Deserialize<string[]>(row[2]!)!);
        var conflict = Assert.Single(await store.ListConflictsAsync(new ConflictQuery(), None));
        Assert.Equal((conflict.Subject, conflict.Predicate), (row[0]!, row[1]!));
        Assert.Equal(conflict.Values, JsonSerializer.Deserialize<string[]>(row[2]!)!);
    }
}

/// <summary>The document quotes every analyst query exactly (runs without a server).</summary>
public sealed class AnalystQueryDocumentSpecs
{
    [Fact]
    public void The_model_document_quotes_each_analyst_query_word_for_word()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "docs", "neo4j-model.md"))) folder = folder.Parent;
        Assert.True(folder is not null, "docs/neo4j-model.md not found above the test binaries");
        var document = File.ReadAllText(Path.Combine(folder!.FullName, "docs", "neo4j-model.md")).ReplaceLineEndings("\n");
        Assert.All(AnalystQueries.All, q => Assert.True(document.Contains(q.Cypher.ReplaceLineEndings("\n")), $"{q.Name} is not quoted in docs/neo4j-model.md"));
    }
}
