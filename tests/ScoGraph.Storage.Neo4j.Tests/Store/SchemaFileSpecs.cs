using ScoGraph.Storage.Neo4j.Schema;

namespace ScoGraph.Storage.Neo4j.Tests.Store;

/// <summary>The embedded schema files: found, ordered, schema statements only, each safe to run twice.</summary>
public sealed class SchemaFileSpecs
{
    [Fact]
    public void The_embedded_files_are_found_in_number_order()
    {
        var names = SchemaFiles.Load().Select(f => f.Name).ToArray();
        Assert.Equal(["001-constraints", "002-version-sort-keys", "003-version-periods", "004-fact-ranges", "005-name-search"], names);
    }

    [Fact]
    public void Every_statement_is_a_schema_statement_that_can_run_twice()
    {
        foreach (var file in SchemaFiles.Load())
        {
            Assert.NotEmpty(file.Statements);
            Assert.All(file.Statements, s => Assert.Matches("^(CREATE|DROP) ", s));
            Assert.All(file.Statements, s => Assert.Contains(" IF ", s));
            Assert.All(file.Statements, s => Assert.DoesNotContain("//", s));
        }
    }

    [Fact]
    public void The_files_give_the_constraints_and_indexes_the_queries_rely_on()
    {
        var all = string.Join("\n", SchemaFiles.Load().SelectMany(f => f.Statements));
        Assert.Contains("FOR (i:Item) REQUIRE i.id IS UNIQUE", all);
        Assert.Contains("FOR (c:KnowledgeClock) REQUIRE c.id IS UNIQUE", all);
        Assert.Contains("FOR (v:MeetingVersion) ON (v.startEarliest)", all);
        Assert.Contains("FOR ()-[r:HOLDS_POST]-() ON (r.startEarliest)", all);
        Assert.Contains("FULLTEXT INDEX version_search_names", all);
        foreach (var kind in Graph.GraphNames.Kinds)
            foreach (var key in new[] { "itemId", "nameKey", "dateKey" })
                Assert.Contains($"FOR (v:{Graph.GraphNames.VersionLabel(kind)}) ON (v.{key})", all);
    }

    [Fact]
    public void Comments_are_dropped_and_statements_split_on_semicolons()
    {
        var file = SchemaFiles.Parse("007-test", """
            // a comment; with a semicolon
            CREATE INDEX a IF NOT EXISTS
              FOR (n:A) ON (n.x);
            CREATE CONSTRAINT b IF NOT EXISTS FOR (n:B) REQUIRE n.id IS UNIQUE;
            """);
        Assert.Equal(["CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x)", "CREATE CONSTRAINT b IF NOT EXISTS FOR (n:B) REQUIRE n.id IS UNIQUE"],
            file.Statements);
    }

    [Theory]
    [InlineData("001-data", "CREATE (n:Item {id: 'x'});")]
    [InlineData("001-again", "CREATE INDEX a FOR (n:A) ON (n.x);")]
    [InlineData("1-short", "CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x);")]
    [InlineData("001-empty", "// nothing")]
    public void Data_statements_unsafe_statements_and_bad_names_are_refused(string name, string text) =>
        Assert.Throws<InvalidOperationException>(() => SchemaFiles.Parse(name, text));

    [Fact]
    public void Two_files_with_one_number_are_refused_and_order_is_by_name()
    {
        var a = new SchemaFile("002-b", ["CREATE INDEX x IF NOT EXISTS FOR (n:A) ON (n.x)"]);
        var b = new SchemaFile("001-a", ["CREATE INDEX y IF NOT EXISTS FOR (n:A) ON (n.y)"]);
        Assert.Equal(["001-a", "002-b"], SchemaFiles.Ordered([a, b]).Select(f => f.Name));
        Assert.Throws<InvalidOperationException>(() => SchemaFiles.Ordered([a, a with { Name = "002-c" }]));
    }
}
