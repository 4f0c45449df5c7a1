using System.Text.Json;
using ScoGraph.Domain.Model;
using ScoGraph.Domain.Ports;
using ScoGraph.Domain.Serialization;
using ScoGraph.Storage.ContractTests;
using ScoGraph.Storage.Neo4j.Http;
using ScoGraph.Storage.Neo4j.Writing;
using static ScoGraph.Storage.ContractTests.Samples;

namespace ScoGraph.Storage.Neo4j.Tests.Store;

/// <summary>The request sequence of one write transaction, against a scripted transaction (no server).</summary>
public sealed class WriteTransactionSpecs
{
    /// <summary>Answers each request with scripted rows (per statement text) and records what was sent.</summary>
    private sealed class ScriptedTransaction(Func<CypherStatement, IEnumerable<string>> rowsFor) : ICypherTransaction
    {
        public List<IReadOnlyList<CypherStatement>> Requests { get; } = [];

        public Task<TResult> ExecuteAsync<TResult>(IReadOnlyList<CypherStatement> statements, Func<ICypherRowSink<TResult>> newSink,
            CancellationToken cancellationToken)
        {
            Requests.Add(statements);
            var sink = newSink();
            for (var i = 0; i < statements.Count; i++)
                foreach (var json in rowsFor(statements[i]))
                    sink.Row(i, new CypherRow(JsonDocument.Parse(json).RootElement.Clone()));
            return Task.FromResult(sink.Complete());
        }
    }

    private static IEnumerable<string> Answers(CypherStatement statement, params Entity[] stored)
    {
        if (statement == WriteStatements.AdvanceClock) return ["""["2026-12-06T21:00:00.123456Z"]"""];
        if (statement.Text.Contains("collect(v)[0]"))
        {
            var ids = (string[])statement.Parameters!["ids"]!;
            return stored.Where(e => ids.Contains(e.Id)).Select(e =>
                JsonSerializer.Serialize(new object?[] { e.Id, EnumText<EntityKind>.Format(e.Kind), 1, true, EntityJson.Serialize(e), null }));
        }
        return [];
    }

    [Fact]
    public async Task The_clock_comes_first_then_the_latest_versions_then_the_writes()
    {
        var stored = Basics();
        var tx = new ScriptedTransaction(s => Answers(s, stored));
        var (result, written) = await Neo4jTimelineStore.WriteInTransactionAsync(tx,
            Batch.Upserting(State("IND", "India", "Republic of India", "Bharat"), Official("zhang-ming", "Zhang Ming", "KAZ")), 5000, default);

        Assert.Equal(new DateTimeOffset(2026, 12, 6, 21, 0, 0, TimeSpan.Zero).AddTicks(1_234_560), result.RecordedAt);
        Assert.Equal([WriteOutcome.Unchanged, WriteOutcome.Created], result.Items.Select(i => i.Outcome));
        Assert.Equal(1, written);
        Assert.Same(WriteStatements.AdvanceClock, Assert.Single(tx.Requests[0]));
        Assert.Equal(["IND", "KAZ", "src-about", "zhang-ming"], (string[])Assert.Single(tx.Requests[1]).Parameters!["ids"]!);
        var writes = tx.Requests.Skip(2).SelectMany(r => r).ToArray();
        Assert.Contains(writes, s => s.Text.Contains(":Version:OfficialVersion"));
        Assert.DoesNotContain(writes, s => s.Text.Contains(":Version:StateVersion"));
        Assert.All(writes, s => Assert.Equal("2026-12-06T21:00:00.1234560Z", s.Parameters!["recordedAt"]));
    }

    [Fact]
    public async Task Claim_lookups_travel_with_the_clock_and_a_rejected_batch_writes_nothing()
    {
        var tx = new ScriptedTransaction(s => Answers(s, Basics()));
        await Assert.ThrowsAsync<WriteRejectedException>(() => Neo4jTimelineStore.WriteInTransactionAsync(tx,
            Batch.Of(new RetractClaims("road-transport", "entryIntoForce", null, "x"), new Upsert(Tenure("nobody", "2001", null))), 5000, default));

        Assert.Equal(2, tx.Requests[0].Count);
        Assert.Contains("MATCH (s:Item {id: l.subject})-[r:CLAIMED]->(c:Item)", tx.Requests[0][1].Text);
        Assert.Equal(2, tx.Requests.Count); // clock + lookups, latest versions; no write request
    }

    [Fact]
    public async Task Large_batches_are_sent_in_requests_of_about_the_batch_size()
    {
        var sources = Enumerable.Range(0, 25).Select(i => (Entity)Source($"src-{i:D2}")).ToArray();
        var tx = new ScriptedTransaction(s => Answers(s));
        var (result, written) = await Neo4jTimelineStore.WriteInTransactionAsync(tx, Batch.Upserting(sources), 10, default);

        Assert.Equal(25, written);
        Assert.Equal(25, result.Count(WriteOutcome.Created));
        Assert.Equal(5, tx.Requests.Count); // clock, latest, then 10 + 10 + 5 version rows
    }
}
