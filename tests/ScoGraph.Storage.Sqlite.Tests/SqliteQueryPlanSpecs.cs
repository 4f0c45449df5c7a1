using ScoGraph.Domain.Ports;
using ScoGraph.Storage.Sqlite.Connections;
using ScoGraph.Storage.Sqlite.Migrations;
using ScoGraph.Storage.Sqlite.Reading;

namespace ScoGraph.Storage.Sqlite.Tests;

/// <summary>
/// The batched fact loads seek the as-of indexes instead of scanning the fact table: their cost follows the
/// facts of the asked entities, not the size of the store.
/// </summary>
public sealed class SqliteQueryPlanSpecs(TempDatabaseFolder folder) : IClassFixture<TempDatabaseFolder>
{
    private string Plan(FactQuery query)
    {
        var factory = new ConnectionFactory(new SqliteStoreOptions { DatabasePath = folder.NextFile() });
        using var writer = factory.OpenWriter();
        MigrationRunner.MigrateToLatest(writer.Connection);
        using var command = writer.Connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + FactReader.LoadSql(query);
        foreach (var name in new[] { "$ids", "$predicates", "$known", "$day" })
            command.Parameters.AddWithValue(name, name is "$ids" or "$predicates" ? "[\"a\"]" : 1);
        using var reader = command.ExecuteReader();
        var lines = new List<string>();
        while (reader.Read()) lines.Add(reader.GetString(3));
        return string.Join("\n", lines);
    }

    [Theory]
    [InlineData(FactDirection.Outgoing, "fact_as_of_by_subject")]
    [InlineData(FactDirection.Incoming, "fact_as_of_by_object")]
    public void An_as_of_load_seeks_the_as_of_index_by_id_and_predicate(FactDirection direction, string index)
    {
        var plan = Plan(new FactQuery(["a"], direction, ["holdsPost"], new DateOnly(2017, 1, 1)));
        Assert.Contains($"SEARCH f USING INDEX {index}", plan);
        Assert.DoesNotContain("SCAN f", plan);
    }

    [Fact]
    public void A_load_of_every_predicate_still_seeks_by_id()
    {
        var plan = Plan(new FactQuery(["a"]));
        Assert.Contains("SEARCH f USING INDEX fact_as_of_by_subject (subject=?)", plan);
        Assert.DoesNotContain("SCAN f", plan);
    }
}
