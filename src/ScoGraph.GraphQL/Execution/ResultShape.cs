namespace ScoGraph.GraphQL.Execution;

/// <summary>The keys every object of one selection shares, with their JSON encoding computed once.</summary>
internal sealed class ResultShape(string[] keys)
{
    private System.Text.Json.JsonEncodedText[]? _encoded;

    public string[] Keys { get; } = keys;

    public System.Text.Json.JsonEncodedText[] EncodedKeys =>
        _encoded ??= Array.ConvertAll(Keys, key => System.Text.Json.JsonEncodedText.Encode(key, ExecutionResultJson.WriterOptions.Encoder));
}
