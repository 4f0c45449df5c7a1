using System.Text.Json.Nodes;
using ScoGraph.Api.Tests.Examples;
using ScoGraph.Api.Tests.Support;
using ScoGraph.Storage.Neo4j.Testing;

namespace ScoGraph.Api.Tests.OnNeo4j;

/// <summary>
/// The README's ten example queries answer byte for byte the same JSON on Neo4j as on SQLite (and so as the README
/// shows, which <see cref="ExampleQuerySpecs"/> checks on SQLite): the store is invisible to clients.
/// </summary>
[Collection(Neo4jApiCollection.Name)]
public sealed class ReadmeExamplesOnNeo4jSpecs : IAsyncLifetime
{
    private ApiServer? _sqlite;
    private ApiServer? _neo4j;

    public static TheoryData<string> Titles => new(ReadmeExamples.Examples.Select(e => e.Title));

    [Neo4jTheory]
    [MemberData(nameof(Titles))]
    public async Task The_example_answers_the_same_on_Neo4j_as_on_SQLite(string title)
    {
        var example = ReadmeExamples.Named(title);

        var onSqlite = await _sqlite!.QueryAsync(example.Query);
        var onNeo4j = await _neo4j!.QueryAsync(example.Query);

        Assert.Equal(onSqlite.GetRawText(), onNeo4j.GetRawText());
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(example.Answer), JsonNode.Parse(onNeo4j.GetRawText())),
            $"README example \"{title}\" on Neo4j answered:\n{onNeo4j}");
    }

    public async Task InitializeAsync()
    {
        if (Neo4jTestServer.SkipReason is not null) return;
        _sqlite = await ApiServer.StartAsync();
        _neo4j = await Neo4jApiServer.StartFreshAsync();
    }

    public async Task DisposeAsync()
    {
        if (_sqlite is not null) await _sqlite.DisposeAsync();
        if (_neo4j is not null) await _neo4j.DisposeAsync();
    }
}
