namespace ScoGraph.Storage.Neo4j.Http;

/// <summary>
/// One parameterised Cypher statement. Values only ever travel in <see cref="Parameters"/> (serialised with
/// System.Text.Json: strings, numbers, booleans, null, lists and maps of those); labels and relationship types in
/// <see cref="Text"/> come from fixed whitelists in code, never from input.
/// </summary>
public sealed record CypherStatement(string Text, IReadOnlyDictionary<string, object?>? Parameters = null)
{
    public static CypherStatement Of(string text, params (string Name, object? Value)[] parameters) =>
        new(text, parameters.ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal));
}
