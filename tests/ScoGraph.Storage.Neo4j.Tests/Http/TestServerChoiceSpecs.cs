using ScoGraph.Storage.Neo4j.Testing;
using static ScoGraph.Storage.Neo4j.Testing.Neo4jTestServer;

namespace ScoGraph.Storage.Neo4j.Tests.Http;

/// <summary>Where the Neo4j tests look for a server: NEO4J_URI first, then Docker, else skipped with a reason naming both.</summary>
public sealed class TestServerChoiceSpecs
{
    private static Func<string, string?> Env(params (string Name, string Value)[] variables) =>
        name => variables.FirstOrDefault(v => v.Name == name).Value;

    [Fact]
    public void NEO4J_URI_names_the_server_with_default_user_and_database()
    {
        var source = Decide(Env(("NEO4J_URI", "http://neo4j.test:7474"), ("NEO4J_PASSWORD", "pw")), () => true);

        Assert.Equal(SourceKind.Environment, source.Kind);
        Assert.Null(source.SkipReason);
        Assert.Equal(new Neo4jStoreOptions { Uri = new Uri("http://neo4j.test:7474"), User = "neo4j", Password = "pw", Database = "neo4j" }, source.Options);
    }

    [Fact]
    public void User_and_database_can_be_named_too()
    {
        var source = Decide(Env(("NEO4J_URI", "https://aura.test"), ("NEO4J_USER", "scograph"), ("NEO4J_DATABASE", "sco")), () => false);

        Assert.Equal(("scograph", "sco", ""), (source.Options!.User, source.Options.Database, source.Options.Password));
    }

    [Fact]
    public void Without_NEO4J_URI_a_Docker_engine_means_a_container()
    {
        var source = Decide(Env(), () => true);

        Assert.Equal(SourceKind.Docker, source.Kind);
        Assert.Null(source.SkipReason);
    }

    [Fact]
    public void Without_either_the_tests_are_skipped_with_a_reason_naming_both_ways()
    {
        var source = Decide(Env(), () => false);

        Assert.Equal("no Neo4j: set NEO4J_URI (and NEO4J_USER, NEO4J_PASSWORD) or run a Docker engine for Testcontainers", source.SkipReason);
    }

    [Fact]
    public void A_NEO4J_URI_that_is_not_an_HTTP_address_is_a_reason_to_skip_not_a_crash()
    {
        var source = Decide(Env(("NEO4J_URI", "bolt://localhost:7687")), () => true);

        Assert.Equal(SourceKind.None, source.Kind);
        Assert.Contains("bolt://localhost:7687", source.SkipReason);
    }
}
